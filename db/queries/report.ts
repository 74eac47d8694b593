import "server-only";
import { and, asc, between, eq, sql } from "drizzle-orm";
import type { ActualFigure, IndicatorDef, PlanFigure } from "@/lib/report";
import { defaultYear, listedYears } from "@/lib/year";
import type { Db } from "../client";
import { actuals, indicators, plans, units } from "../schema";

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
  tolerance: indicators.tolerance,
};

/**
 * A plan as lib/report reads it (PlanFigure); many-unit reads add the unit's id in front. The
 * comparison reads these columns as positional rows (`.values()` in compare.ts): keep their order.
 */
export const planFigureColumns = {
  indicatorId: plans.indicatorId,
  version: plans.version,
  comparator: plans.comparator,
  value: plans.value,
  valueMax: plans.valueMax,
  source: plans.source,
  documentNumber: plans.documentNumber,
  documentDate: plans.documentDate,
};

/** An actual as lib/report reads it (ActualFigure); as with plans, the order is read by position in compare.ts. */
export const actualFigureColumns = {
  indicatorId: actuals.indicatorId,
  year: actuals.year,
  period: actuals.period,
  value: actuals.value,
  numerator: actuals.numerator,
  denominator: actuals.denominator,
  statedValue: actuals.statedValue,
  status: actuals.status,
  source: actuals.source,
};

export interface UnitReportData {
  indicators: IndicatorDef[];
  plans: PlanFigure[];
  actuals: ActualFigure[];
}

/**
 * The three reads of a unit's report, prepared once per database: every dashboard, report and chart
 * runs them, and building and preparing the SQL again each time cost as much as running it.
 */
function prepareUnitReportReads(db: Db) {
  const unitId = sql.placeholder("unitId");
  const year = sql.placeholder("year");
  return {
    indicators: db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.sortOrder)).prepare(),
    plans: db
      .select(planFigureColumns)
      .from(plans)
      .where(and(eq(plans.unitId, unitId), eq(plans.year, year)))
      .prepare(),
    // This year and the one before: the same period last year, and last year's total.
    actuals: db
      .select(actualFigureColumns)
      .from(actuals)
      .where(and(eq(actuals.unitId, unitId), between(actuals.year, sql.placeholder("lastYear"), year)))
      .prepare(),
  };
}

const unitReportReads = new WeakMap<Db, ReturnType<typeof prepareUnitReportReads>>();

/** Everything a unit's report needs for a year: its plans, and its actuals for the year and the one before. */
export async function getUnitReportData(db: Db, { unitId, year }: { unitId: number; year: number }): Promise<UnitReportData> {
  let reads = unitReportReads.get(db);
  if (!reads) unitReportReads.set(db, (reads = prepareUnitReportReads(db)));
  return {
    indicators: reads.indicators.all(),
    plans: reads.plans.all({ unitId, year }),
    actuals: reads.actuals.all({ unitId, year, lastYear: year - 1 }),
  };
}

/** The years a unit has plans or actuals for, newest first: what its year pickers list (see listedYears). */
export async function getReportYears(db: Db, { unitId }: { unitId: number }): Promise<number[]> {
  const planYears = db.selectDistinct({ year: plans.year }).from(plans).where(eq(plans.unitId, unitId)).all();
  const actualYears = db.selectDistinct({ year: actuals.year }).from(actuals).where(eq(actuals.unitId, unitId)).all();
  return listedYears([...planYears, ...actualYears].map((r) => r.year));
}

/**
 * The default year among the years plans exist for (see defaultYear): where an official most likely
 * wants to start. With a parent, among the years its children have plans for (a former province's
 * towns stop in 2024).
 */
export async function getLatestPlanYear(db: Db, { parentId, now = new Date() }: { parentId?: number; now?: Date } = {}): Promise<number | null> {
  const years =
    parentId === undefined
      ? db.selectDistinct({ year: plans.year }).from(plans).all()
      : db.selectDistinct({ year: plans.year }).from(plans).innerJoin(units, eq(units.id, plans.unitId)).where(eq(units.parentId, parentId)).all();
  return defaultYear(years.map((r) => r.year), now.getFullYear());
}

/** Ids of the units that have plans in the year: the localities an official works with. */
export async function getUnitsWithPlans(db: Db, { year }: { year: number }): Promise<number[]> {
  return db
    .selectDistinct({ unitId: plans.unitId })
    .from(plans)
    .where(eq(plans.year, year))
    .all()
    .map((r) => r.unitId);
}
