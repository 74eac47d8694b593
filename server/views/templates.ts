import "server-only";
import { getLatestPlanYear, getReportYears, getUnitReportData, type UnitReportData } from "@/db/queries/report";
import { getCurrentFigures, getCurrentPlans } from "@/db/queries/upload";
import type { Period } from "@/lib/domain";
import type { CurrentPlan } from "@/lib/spreadsheet/plan-template";
import type { CurrentFigure } from "@/lib/spreadsheet/template";
import { defaultYear } from "@/lib/year";
import type { ViewContext } from "./context";

export interface EntryTemplateView {
  year: number;
  period: Period;
  data: UnitReportData;
  /** The figures already stored for the period, by indicator. */
  current: Map<number, CurrentFigure>;
}

/** What a unit's entry template holds: the unit's own latest year and the full year by default. */
export async function entryTemplateView(
  ctx: ViewContext,
  { unitId, year: askedYear, period = "FY" }: { unitId: number; year?: number; period?: Period },
): Promise<EntryTemplateView> {
  const year = askedYear ?? defaultYear(await getReportYears(ctx.db, { unitId }), new Date().getFullYear()) ?? new Date().getFullYear();
  const [data, current] = await Promise.all([getUnitReportData(ctx.db, { unitId, year }), getCurrentFigures(ctx.db, { unitId, year, period })]);
  return { year, period, data, current };
}

export interface PlanTemplateView {
  year: number;
  data: UnitReportData;
  /** The plans already stored for the year, by "indicatorId|version". */
  current: Map<string, CurrentPlan>;
}

/** What a unit's plans template holds: the latest year with plans by default. */
export async function planTemplateView(ctx: ViewContext, { unitId, year: askedYear }: { unitId: number; year?: number }): Promise<PlanTemplateView> {
  const year = askedYear ?? (await getLatestPlanYear(ctx.db)) ?? new Date().getFullYear();
  const [data, current] = await Promise.all([getUnitReportData(ctx.db, { unitId, year }), getCurrentPlans(ctx.db, { unitId, year })]);
  return { year, data, current };
}
