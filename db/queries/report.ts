import "server-only";
import { and, asc, desc, eq, inArray, max } from "drizzle-orm";
import type { ActualFigure, IndicatorDef, PlanFigure } from "@/lib/report";
import { getDb } from "../client";
import { actuals, indicators, plans } from "../schema";

export const indicatorColumns = {
  id: indicators.id,
  code: indicators.code,
  nameVi: indicators.nameVi,
  nameEn: indicators.nameEn,
  group: indicators.group,
  measureVi: indicators.measureVi,
  measureEn: indicators.measureEn,
  direction: indicators.direction,
  timeBehaviour: indicators.timeBehaviour,
  aggregation: indicators.aggregation,
  kind: indicators.kind,
  baseIndicatorId: indicators.baseIndicatorId,
  weightIndicatorId: indicators.weightIndicatorId,
  decimals: indicators.decimals,
  sortOrder: indicators.sortOrder,
};

export interface UnitReportData {
  indicators: IndicatorDef[];
  plans: PlanFigure[];
  actuals: ActualFigure[];
}

/** Everything a unit's report needs for a year: its plans, and its actuals for the year and the one before. */
export async function getUnitReportData({ unitId, year }: { unitId: number; year: number }): Promise<UnitReportData> {
  const db = getDb();
  const indicatorRows = db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.sortOrder)).all();
  const planRows = db
    .select({
      indicatorId: plans.indicatorId,
      version: plans.version,
      comparator: plans.comparator,
      value: plans.value,
      valueMax: plans.valueMax,
      source: plans.source,
      documentNumber: plans.documentNumber,
      documentDate: plans.documentDate,
    })
    .from(plans)
    .where(and(eq(plans.unitId, unitId), eq(plans.year, year)))
    .all();
  const actualRows = db
    .select({
      indicatorId: actuals.indicatorId,
      year: actuals.year,
      period: actuals.period,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      statedValue: actuals.statedValue,
      status: actuals.status,
      source: actuals.source,
    })
    .from(actuals)
    .where(and(eq(actuals.unitId, unitId), inArray(actuals.year, [year, year - 1])))
    .all();
  return { indicators: indicatorRows, plans: planRows, actuals: actualRows };
}

/** The years a unit has plans or actuals for, newest first. */
export async function getReportYears({ unitId }: { unitId: number }): Promise<number[]> {
  const db = getDb();
  const planYears = db.selectDistinct({ year: plans.year }).from(plans).where(eq(plans.unitId, unitId)).all();
  const actualYears = db.selectDistinct({ year: actuals.year }).from(actuals).where(eq(actuals.unitId, unitId)).all();
  return [...new Set([...planYears, ...actualYears].map((r) => r.year))].sort((a, b) => b - a);
}

/** The newest year any plan exists for: where an official most likely wants to start. */
export async function getLatestPlanYear(): Promise<number | null> {
  const [row] = getDb().select({ year: max(plans.year) }).from(plans).all();
  return row?.year ?? null;
}

/** Units that have plans, for the home page's shortcuts: the localities an official works with. */
export async function getUnitsWithPlans({ year }: { year: number }): Promise<number[]> {
  return getDb()
    .selectDistinct({ unitId: plans.unitId })
    .from(plans)
    .where(eq(plans.year, year))
    .orderBy(desc(plans.unitId))
    .all()
    .map((r) => r.unitId);
}
