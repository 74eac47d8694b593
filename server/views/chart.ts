import "server-only";
import { getIndicators, withDependencies } from "@/db/queries/compare";
import { getReportYears } from "@/db/queries/report";
import { getChildUnits, getUnitAncestors, type UnitSummary } from "@/db/queries/units";
import { chartSeries, sharedMaximum, type ChartSeries } from "@/lib/chart-series";
import type { CompareUnit } from "@/lib/compare";
import type { Period } from "@/lib/domain";
import { latestReportedPeriod, type IndicatorDef, type PlanChoice } from "@/lib/report";
import type { ViewContext } from "./context";
import { unitFigures, unitsFigures } from "./figures";
import { defaultYear } from "@/lib/year";

export interface ChartView {
  ancestors: UnitSummary[];
  children: UnitSummary[];
  years: number[];
  indicator: IndicatorDef;
  year: number;
  period: Period;
  planChoice: PlanChoice;
  series: ChartSeries;
}

/** An indicator's code as a link may spell it. */
const findIndicator = (indicators: IndicatorDef[], code: string | undefined) =>
  code === undefined ? undefined : indicators.find((i) => i.code === code.toUpperCase());

/** The indicator named in a route, or null: what the chart page's title needs before the view. */
export async function findChartIndicator(ctx: ViewContext, code: string): Promise<IndicatorDef | null> {
  return findIndicator(await getIndicators(ctx.db), code) ?? null;
}

/**
 * A unit's progress chart on one indicator: the series drawn from the unit's figures completed
 * across the reform, judged at the view's period as the dashboard judges it. Null for an unknown
 * indicator or a unit with no year.
 */
export async function chartView(
  ctx: ViewContext,
  { unit, indicatorCode, year: askedYear, period: askedPeriod, planChoice = "council" }: {
    unit: UnitSummary;
    indicatorCode: string;
    year?: number;
    period?: Period;
    planChoice?: PlanChoice;
  },
): Promise<ChartView | null> {
  const [indicators, years, ancestors, children] = await Promise.all([
    getIndicators(ctx.db),
    getReportYears(ctx.db, { unitId: unit.id }),
    getUnitAncestors(ctx.db, { unit }),
    getChildUnits(ctx.db, { unitId: unit.id }),
  ]);
  const indicator = findIndicator(indicators, indicatorCode);
  const year = askedYear ?? defaultYear(years, new Date().getFullYear()) ?? undefined;
  if (!indicator || year === undefined) return null;
  const figures = await unitFigures(ctx, {
    unitId: unit.id,
    year,
    period: askedPeriod,
    // The chart opens on the latest period this indicator (or what it derives from) was reported.
    pickPeriod: (data) =>
      latestReportedPeriod(
        data.actuals.filter((a) => a.indicatorId === indicator.id || a.indicatorId === indicator.baseIndicatorId),
        year,
      ) ?? "FY",
  });
  const series = chartSeries({ ...figures, indicators: withDependencies(indicators, [indicator]), indicator, year, period: figures.period, planChoice });
  return { ancestors, children, years, indicator, year, period: figures.period, planChoice, series };
}

export interface SmallMultiplesView {
  ancestors: UnitSummary[];
  years: number[];
  /** Every indicator, for the chooser. */
  indicators: IndicatorDef[];
  indicator: IndicatorDef;
  year: number;
  period: Period;
  planChoice: PlanChoice;
  charts: { unit: CompareUnit; series: ChartSeries }[];
  /** One scale for every chart. */
  yMax: number;
}

/** Small multiples: one indicator for every child of the unit, on one scale, each child judged as its own dashboard judges it. */
export async function smallMultiplesView(
  ctx: ViewContext,
  { unit, indicatorCode, year: askedYear, period: askedPeriod, planChoice = "council" }: {
    unit: UnitSummary;
    indicatorCode?: string;
    year?: number;
    period?: Period;
    planChoice?: PlanChoice;
  },
): Promise<SmallMultiplesView | null> {
  const [years, ancestors, indicators] = await Promise.all([
    getReportYears(ctx.db, { unitId: unit.id }),
    getUnitAncestors(ctx.db, { unit }),
    getIndicators(ctx.db),
  ]);
  const indicator = findIndicator(indicators, indicatorCode) ?? indicators[0];
  if (!indicator) return null;
  const needed = withDependencies(indicators, [indicator]);
  const year = askedYear ?? defaultYear(years, new Date().getFullYear()) ?? new Date().getFullYear();
  const { units, figuresByUnit } = await unitsFigures(ctx, { scope: { parentId: unit.id }, year, indicators: needed, indicatorIds: needed.map((i) => i.id) });
  const period = askedPeriod ?? latestReportedPeriod([...figuresByUnit.values()].flatMap((f) => f.actuals), year) ?? "FY";
  const charts = units.map((u) => ({
    unit: u,
    series: chartSeries({ ...figuresByUnit.get(u.id)!, indicators: needed, indicator, year, period, planChoice }),
  }));
  return { ancestors, years, indicators, indicator, year, period, planChoice, charts, yMax: sharedMaximum(charts.map((c) => c.series)) };
}
