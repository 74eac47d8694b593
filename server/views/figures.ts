import "server-only";
import { getUnitsFigures, type CompareScope, type UnitsFigures } from "@/db/queries/compare";
import { getPredecessorFigures } from "@/db/queries/reform";
import { getUnitReportData, type UnitReportData } from "@/db/queries/report";
import type { Period } from "@/lib/domain";
import { completeWithPredecessors, type IncompleteRollup, type PredecessorRef } from "@/lib/reform";
import { latestReportedPeriod, type IndicatorDef } from "@/lib/report";
import type { ViewContext } from "./context";

// The one way every view gets a unit's figures: read them, then, for a unit formed by the 2025
// reform, complete the years before it existed from its predecessors. What lib/ judges is
// therefore the same whether a figure is shown on a dashboard, a chart, a comparison or a file.

export interface ReformInfo {
  effectiveDate: string;
  years: number[];
  predecessors: PredecessorRef[];
  /** Indicators whose same-period figure could not be rolled up, for the view's period. */
  incomplete: IncompleteRollup[];
  /** Indicators whose same-period figure is the predecessors' roll-up. */
  rolledUpIndicatorIds: number[];
}

export interface UnitFiguresForView extends UnitReportData {
  /** The view's period: the one asked for, else the latest reported in the year. */
  period: Period;
  reform: ReformInfo | null;
}

/**
 * A unit's indicators, plans of the year and actuals of the year and the one before, completed
 * across the reform. `period` chooses which same-period roll-ups the reform note names; when
 * omitted it is the latest period the unit reported in the year (or `pickPeriod`'s choice).
 */
export async function unitFigures(
  ctx: ViewContext,
  {
    unitId,
    year,
    period: askedPeriod,
    pickPeriod = (data) => latestReportedPeriod(data.actuals, year) ?? "FY",
  }: { unitId: number; year: number; period?: Period; pickPeriod?: (data: UnitReportData) => Period },
): Promise<UnitFiguresForView> {
  const [data, predecessors] = await Promise.all([
    getUnitReportData(ctx.db, { unitId, year }),
    getPredecessorFigures(ctx.db, { unitIds: [unitId], year }),
  ]);
  const period = askedPeriod ?? pickPeriod(data);
  const history = predecessors.get(unitId);
  if (!history) return { ...data, period, reform: null };
  const completed = completeWithPredecessors({ indicators: data.indicators, own: data.actuals, ...history, year, period });
  return {
    ...data,
    actuals: completed.actuals,
    period,
    reform: {
      effectiveDate: history.effectiveDate,
      years: history.years,
      predecessors: history.predecessors.map((p) => p.unit),
      incomplete: completed.incomplete,
      rolledUpIndicatorIds: completed.rolledUpIndicatorIds,
    },
  };
}

export interface ManyUnitsFigures extends UnitsFigures {
  /** For units formed by the reform: indicators whose same-period figure is their predecessors' roll-up. */
  rolledUpByUnit: Map<number, number[]>;
}

/**
 * The figures of a set of units (a unit's children, or every commune of the country), each completed
 * across the reform as unitFigures completes one unit's: a constant number of queries whatever the
 * number of units. With `period`, only what that period's statuses rest on is read.
 */
export async function unitsFigures(
  ctx: ViewContext,
  {
    scope,
    year,
    period,
    indicators,
    indicatorIds,
  }: { scope: CompareScope; year: number; period?: Period; indicators: IndicatorDef[]; indicatorIds?: number[] },
): Promise<ManyUnitsFigures> {
  return completeUnitsFigures(ctx, await getUnitsFigures(ctx.db, { scope, year, period, indicatorIds }), { year, period, indicators, indicatorIds });
}

/** Figures of many units as read by getUnitsFigures (with the same year, period and indicators), completed across the reform. */
export async function completeUnitsFigures(
  ctx: ViewContext,
  read: UnitsFigures,
  { year, period, indicators, indicatorIds }: { year: number; period?: Period; indicators: IndicatorDef[]; indicatorIds?: number[] },
): Promise<ManyUnitsFigures> {
  const predecessors = await getPredecessorFigures(ctx.db, {
    unitIds: read.units.map((u) => u.id),
    year,
    indicatorIds,
    periods: period ? [...new Set<Period>([period, "FY"])] : undefined,
  });
  const rolledUpByUnit = new Map<number, number[]>();
  // A new map: what was read may be shared (kept in a cache) and is not changed.
  const figuresByUnit = new Map(read.figuresByUnit);
  for (const [unitId, history] of predecessors) {
    const figures = read.figuresByUnit.get(unitId);
    if (!figures) continue;
    const completed = completeWithPredecessors({ indicators, own: figures.actuals, ...history, year, period: period ?? "FY" });
    figuresByUnit.set(unitId, { plans: figures.plans, actuals: completed.actuals });
    if (period) rolledUpByUnit.set(unitId, completed.rolledUpIndicatorIds);
  }
  return { units: read.units, figuresByUnit, rolledUpByUnit };
}
