import "server-only";
import { getEntryForm } from "@/db/queries/entry";
import { getPredecessorPeriodFigures } from "@/db/queries/reform";
import { getLatestPlanYear, getReportYears } from "@/db/queries/report";
import type { Period } from "@/lib/domain";
import { planForPeriod, readSubmission, validateEntry, type EntryIssue, type EntryRow, type EntryWarning, type FigureToSave } from "@/lib/entry";
import { previousPeriod } from "@/lib/periods";
import { defaultYear } from "@/lib/year";
import { predecessorHistory } from "@/lib/reform";
import type { ViewContext } from "./context";
import { unitFigures } from "./figures";

export interface EntryFormView {
  year: number;
  period: Period;
  rows: EntryRow[];
}

/**
 * A unit's entry rows for a year and period, completed across the 2025 reform: where the unit has
 * no figure of its own for the same period last year or the previous period (it did not exist yet),
 * its predecessors' total stands in. The form, the save and the upload check all judge these rows.
 */
export async function entryRows(ctx: ViewContext, { unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<EntryRow[]> {
  const previous = previousPeriod(period);
  const [rows, figures, predecessorsBefore] = await Promise.all([
    getEntryForm(ctx.db, { unitId, year, period }),
    unitFigures(ctx, { unitId, year, period }),
    previous ? getPredecessorPeriodFigures(ctx.db, { unitId, year, period: previous }) : null,
  ]);
  const withPlan = (r: EntryRow): EntryRow => ({ ...r, planNow: planForPeriod(r.indicator, r.plan, period) });
  if (!figures.reform && !predecessorsBefore) return rows.map(withPlan);
  const lastYear = new Map(figures.actuals.filter((a) => a.year === year - 1 && a.period === period).map((a) => [a.indicatorId, a.value]));
  const rolledUp = predecessorsBefore ? predecessorHistory({ indicators: figures.indicators, predecessors: predecessorsBefore, years: [year] }).actuals : [];
  const before = new Map(rolledUp.filter((a) => a.year === year && a.period === previous).map((a) => [a.indicatorId, a.value]));
  return rows.map((r) =>
    withPlan({
      ...r,
      previousPeriod: r.previousPeriod ?? before.get(r.indicator.id) ?? null,
      samePeriodLastYear: r.samePeriodLastYear ?? lastYear.get(r.indicator.id) ?? null,
    }),
  );
}

/**
 * The entry form of a unit for a year (the latest with plans by default) and period (Quý I by
 * default). A unit formed by the 2025 reform sees its predecessors' figures where it has none.
 */
export async function entryFormView(
  ctx: ViewContext,
  { unitId, year: askedYear, period = "Q1" }: { unitId: number; year?: number; period?: Period },
): Promise<EntryFormView> {
  // The unit's own latest year first: a ward merged in 2025 has nothing to enter for 2026.
  const year =
    askedYear ?? defaultYear(await getReportYears(ctx.db, { unitId }), new Date().getFullYear()) ?? (await getLatestPlanYear(ctx.db)) ?? new Date().getFullYear();
  return { year, period, rows: await entryRows(ctx, { unitId, year, period }) };
}

export type EntryCheck =
  | { ok: true; figures: FigureToSave[] }
  | { ok: false; error: "figures"; errors: Record<string, EntryIssue> }
  | { ok: false; error: "needs_confirmation"; warnings: Record<string, EntryWarning[]> };

/**
 * A posted entry form judged against the rows the form showed: the figures to save, or why not.
 * Warnings hold the save back until the official confirms them.
 */
export async function checkEntry(
  ctx: ViewContext,
  { unitId, year, period, form, confirm }: { unitId: number; year: number; period: Period; form: Record<string, unknown>; confirm?: "yes" },
): Promise<EntryCheck> {
  const rows = await entryRows(ctx, { unitId, year, period });
  const { figures, errors, warnings } = validateEntry(rows, readSubmission(form, rows.map((r) => r.indicator.id)));
  if (Object.keys(errors).length > 0) return { ok: false, error: "figures", errors };
  if (Object.keys(warnings).length > 0 && confirm !== "yes") return { ok: false, error: "needs_confirmation", warnings };
  return { ok: true, figures };
}
