import "server-only";
import { getEntryForm } from "@/db/queries/entry";
import { getLatestPlanYear, getReportYears } from "@/db/queries/report";
import type { Period } from "@/lib/domain";
import type { EntryRow } from "@/lib/entry";
import type { ViewContext } from "./context";
import { unitFigures } from "./figures";

export interface EntryFormView {
  year: number;
  period: Period;
  rows: EntryRow[];
}

/**
 * The entry form of a unit for a year (the latest with plans by default) and period (Quý I by
 * default). A unit formed by the 2025 reform sees its predecessors' total as the same period last year.
 */
export async function entryFormView(
  ctx: ViewContext,
  { unitId, year: askedYear, period = "Q1" }: { unitId: number; year?: number; period?: Period },
): Promise<EntryFormView> {
  // The unit's own latest year first: a ward merged in 2025 has nothing to enter for 2026.
  const year = askedYear ?? (await getReportYears(ctx.db, { unitId }))[0] ?? (await getLatestPlanYear(ctx.db)) ?? new Date().getFullYear();
  const [rows, figures] = await Promise.all([getEntryForm(ctx.db, { unitId, year, period }), unitFigures(ctx, { unitId, year, period })]);
  if (!figures.reform) return { year, period, rows };
  const lastYear = new Map(figures.actuals.filter((a) => a.year === year - 1 && a.period === period).map((a) => [a.indicatorId, a.value]));
  return { year, period, rows: rows.map((r) => ({ ...r, samePeriodLastYear: r.samePeriodLastYear ?? lastYear.get(r.indicator.id) ?? null })) };
}
