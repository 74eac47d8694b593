import "server-only";
import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { isInForce } from "@/lib/in-force";
import type { Period } from "@/lib/domain";
import type { CompareUnit, UnitFigures } from "@/lib/compare";
import type { ActualFigure, IndicatorDef, PlanFigure } from "@/lib/report";
import type { Db } from "../client";
import { actuals, indicators, plans, units } from "../schema";
import { actualFigureColumns, indicatorColumns, planFigureColumns } from "./report";

/**
 * Which units are compared: the children of a unit, or every commune-level unit of the country;
 * with `inForceOn` (an ISO date), only the units in force that day.
 */
export type CompareScope = { parentId: number; inForceOn?: string } | { level: number; inForceOn?: string };

/** Level of communes, wards and special zones in the hierarchy (1 province, 2 district, 3 commune). */
export const COMMUNE_LEVEL = 3;

function unitFilter(scope: CompareScope): SQL {
  return "parentId" in scope ? eq(units.parentId, scope.parentId) : eq(units.level, scope.level);
}

const parentUnit = alias(units, "parent_unit");
const grandparentUnit = alias(units, "grandparent_unit");

const planColumns = { unitId: plans.unitId, ...planFigureColumns };

const actualColumns = { unitId: actuals.unitId, ...actualFigureColumns };

/** A row of planColumns / actualColumns as the driver returns it with .values(). */
type PlanTuple = [
  number, number, PlanFigure["version"], PlanFigure["comparator"], number, number | null, PlanFigure["source"], string | null, string | null,
];
type ActualTuple = [
  number, number, number, ActualFigure["period"], number, number | null, number | null, number | null, ActualFigure["status"], ActualFigure["source"],
];

export async function getIndicators(db: Db): Promise<IndicatorDef[]> {
  return db.select(indicatorColumns).from(indicators).orderBy(asc(indicators.sortOrder), asc(indicators.id)).all();
}

/** The indicators with what they depend on: the base of a growth rate and the weight of an average. */
export function withDependencies(all: IndicatorDef[], chosen: IndicatorDef[]): IndicatorDef[] {
  const ids = new Set(chosen.map((i) => i.id));
  for (const i of chosen) {
    if (i.baseIndicatorId !== null) ids.add(i.baseIndicatorId);
    if (i.weightIndicatorId !== null) ids.add(i.weightIndicatorId);
  }
  return all.filter((i) => ids.has(i.id));
}

export interface UnitsFigures {
  units: CompareUnit[];
  figuresByUnit: Map<number, UnitFigures>;
}

/**
 * Plans of the year and actuals of the year and the one before for a set of units, in three
 * queries whatever the number of units (one for the units, one for plans, one for actuals).
 */
export async function getUnitsFigures(
  db: Db,
  {
  scope,
  year,
  indicatorIds,
  period,
}: {
  scope: CompareScope;
  year: number;
  /** Restrict to these indicators; all when omitted. */
  indicatorIds?: number[];
  /**
   * Only the actuals one period's statuses rest on: the period this year, and the same period and
   * the full year last year (seasonal shape and last year's level). All periods when omitted.
   */
  period?: Period;
  },
): Promise<UnitsFigures> {
  const where = unitFilter(scope);
  const unitRows = db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      type: units.type,
      // A commune's province is its parent since the reform, its grandparent before.
      province: sql<string | null>`case when ${parentUnit.level} = 1 then ${parentUnit.name} else ${grandparentUnit.name} end`,
      validFrom: units.validFrom,
      validTo: units.validTo,
    })
    .from(units)
    .leftJoin(parentUnit, eq(parentUnit.id, units.parentId))
    .leftJoin(grandparentUnit, eq(grandparentUnit.id, parentUnit.parentId))
    .where(where)
    .orderBy(asc(units.code))
    .all()
    .filter((u) => scope.inForceOn === undefined || isInForce(u, scope.inForceOn))
    .map(({ validFrom: _from, validTo: _to, ...u }) => u);
  const byIndicator = (column: typeof plans.indicatorId | typeof actuals.indicatorId) =>
    indicatorIds ? inArray(column, indicatorIds) : undefined;
  // .values() gives the driver's rows as arrays in the order of planColumns / actualColumns: for tens of
  // thousands of rows, drizzle's per-field mapping cost more than the read itself (CPU profile of the
  // province dashboard), so the rows are built here, once, into the shapes lib/ takes.
  const planRows = db
    .select(planColumns)
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(and(where, eq(plans.year, year), byIndicator(plans.indicatorId)))
    .values() as PlanTuple[];
  const actualRows = db
    .select(actualColumns)
    .from(actuals)
    .innerJoin(units, eq(units.id, actuals.unitId))
    .where(
      and(
        where,
        period
          ? or(and(eq(actuals.year, year), eq(actuals.period, period)), and(eq(actuals.year, year - 1), inArray(actuals.period, [period, "FY"])))
          : inArray(actuals.year, [year, year - 1]),
        byIndicator(actuals.indicatorId),
      ),
    )
    .values() as ActualTuple[];

  const figuresByUnit = new Map<number, UnitFigures>(unitRows.map((u) => [u.id, { plans: [], actuals: [] }]));
  for (const [unitId, indicatorId, version, comparator, value, valueMax, source, documentNumber, documentDate] of planRows) {
    figuresByUnit.get(unitId)?.plans.push({ indicatorId, version, comparator, value, valueMax, source, documentNumber, documentDate });
  }
  for (const [unitId, indicatorId, y, p, value, numerator, denominator, statedValue, status, source] of actualRows) {
    figuresByUnit.get(unitId)?.actuals.push({ indicatorId, year: y, period: p, value, numerator, denominator, statedValue, status, source });
  }
  return { units: unitRows, figuresByUnit };
}

/** A unit's own plans for a year (the comparison's total row is judged against them). */
export async function getUnitPlans(db: Db, { unitId, year, indicatorIds }: { unitId: number; year: number; indicatorIds?: number[] }): Promise<PlanFigure[]> {
  return db
    .select(planColumns)
    .from(plans)
    .where(and(eq(plans.unitId, unitId), eq(plans.year, year), indicatorIds ? inArray(plans.indicatorId, indicatorIds) : undefined))
    .all()
    .map(({ unitId: _unitId, ...plan }) => plan);
}

/**
 * The periods reported in a year, by a unit or by the units of a level: what a view opens on
 * before reading the figures themselves (for the country, the provinces' roll-ups say it).
 */
export async function getReportedPeriods(
  db: Db,
  { scope, year }: { scope: { unitId: number } | { level: number }; year: number },
): Promise<{ year: number; period: Period }[]> {
  const rows =
    "unitId" in scope
      ? db.selectDistinct({ year: actuals.year, period: actuals.period }).from(actuals).where(and(eq(actuals.unitId, scope.unitId), eq(actuals.year, year))).all()
      : db
          .selectDistinct({ year: actuals.year, period: actuals.period })
          .from(actuals)
          .innerJoin(units, eq(units.id, actuals.unitId))
          .where(and(eq(units.level, scope.level), eq(actuals.year, year)))
          .all();
  return rows;
}

/**
 * The periods reported in the year, to choose a comparison's default: the parent's own; for the
 * country, the provinces' roll-ups (one small read), else the compared units' own figures where no
 * province reports (a country of units without provincial figures, such as the demo's new communes).
 */
async function reportedPeriodsFor(
  db: Db,
  { scope, parentId, year }: { scope: CompareScope; parentId: number | null; year: number },
): Promise<{ year: number; period: Period }[]> {
  if (parentId !== null) return getReportedPeriods(db, { scope: { unitId: parentId }, year });
  const byProvinces = await getReportedPeriods(db, { scope: { level: 1 }, year });
  if (byProvinces.length > 0 || !("level" in scope)) return byProvinces;
  return getReportedPeriods(db, { scope: { level: scope.level }, year });
}

/** The indicators any unit of the scope has a plan for in the year (one index-only query). */
export async function getPlannedIndicatorIds(db: Db, { scope, year }: { scope: CompareScope; year: number }): Promise<Set<number>> {
  const rows = db
    .selectDistinct({ indicatorId: plans.indicatorId })
    .from(plans)
    .innerJoin(units, eq(units.id, plans.unitId))
    .where(and(unitFilter(scope), eq(plans.year, year)))
    .all();
  return new Set(rows.map((r) => r.indicatorId));
}

/** How many indicators a comparison shows when the link names none. */
export const DEFAULT_COMPARE_COLUMNS = 5;

export interface ComparisonData {
  /** Every indicator, for the column chooser. */
  all: IndicatorDef[];
  /** The indicators shown as columns: those asked for, else the first ones the compared units have plans for. */
  columns: IndicatorDef[];
  /** The columns with what they depend on. */
  indicators: IndicatorDef[];
  units: CompareUnit[];
  figuresByUnit: Map<number, UnitFigures>;
  parentPlans: PlanFigure[];
  period: Period;
}

/**
 * Everything a comparison view reads: its units' figures for the period (three queries whatever
 * the number of units), the parent's plans and the indicators.
 */
export async function getComparisonData(
  db: Db,
  {
  scope,
  parentId,
  year,
  period: askedPeriod,
  indicatorCodes,
  pickPeriod,
}: {
  scope: CompareScope;
  parentId: number | null;
  year: number;
  period?: Period;
  indicatorCodes?: string[];
  /** Chooses the period when none is asked for, from the periods reported in the year. */
  pickPeriod: (reported: { year: number; period: Period }[]) => Period;
  },
): Promise<ComparisonData> {
  const all = await getIndicators(db);
  const ownPlans = parentId === null ? [] : await getUnitPlans(db, { unitId: parentId, year });
  let columns = (indicatorCodes ?? []).map((code) => all.find((i) => i.code === code)).filter((i) => i !== undefined);
  if (columns.length === 0) {
    // By default the first indicators the compared units have plans for (for the country, the provinces').
    let planned = await getPlannedIndicatorIds(db, { scope: "parentId" in scope ? scope : { level: 1 }, year });
    // A country whose provinces hold no plans of their own: the compared units' plans say it.
    if (planned.size === 0 && !("parentId" in scope)) planned = await getPlannedIndicatorIds(db, { scope, year });
    const withPlans = all.filter((i) => planned.has(i.id));
    columns = (withPlans.length > 0 ? withPlans : all).slice(0, DEFAULT_COMPARE_COLUMNS);
  }
  const indicators = withDependencies(all, columns);
  const ids = new Set(indicators.map((i) => i.id));
  const period = askedPeriod ?? pickPeriod(await reportedPeriodsFor(db, { scope, parentId, year }));
  const { units: unitRows, figuresByUnit } = await getUnitsFigures(db, { scope, year, period, indicatorIds: [...ids] });
  return { all, columns, indicators, units: unitRows, figuresByUnit, parentPlans: ownPlans.filter((p) => ids.has(p.indicatorId)), period };
}
