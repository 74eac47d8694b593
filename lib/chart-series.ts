// Series for a unit's progress chart on one indicator: cumulative actual by period against the
// year's plan, the expected pace (straight, or seasonal from last year's shape), last year's same
// periods, and a projection to year end with the status it would reach. Pure.
import { PERIODS, type FigureStatus, type IndicatorStatus, type Period } from "./domain";
import { evaluate, type Evaluation, type PeriodFigures } from "./progress";
import { buildUnitReport, type ActualFigure, type IndicatorDef, type PlanChoice, type PlanFigure, type ReportRow } from "./report";

export interface ChartPoint {
  period: Period;
  actual: number | null;
  /** ước, sơ bộ or chính thức; null without an actual. */
  figureStatus: FigureStatus | null;
  plan: number | null;
  expected: number | null;
  lastYear: number | null;
  /** Only at the last reported period (equal to its actual) and at the year end. */
  projection: number | null;
}

export interface ChartSeries {
  indicator: IndicatorDef;
  points: ChartPoint[];
  /** The last period with an actual up to the chosen one. */
  lastReported: Period | null;
  projection: { value: number; status: IndicatorStatus } | null;
  /** The expected pace follows last year's seasonal shape rather than a straight share of the year. */
  seasonal: boolean;
  plan: PlanFigure | null;
  /** The indicator judged at the chosen period: the very evaluation its report and dashboard show. */
  evaluation: Evaluation | null;
}

export interface ChartInput {
  indicator: IndicatorDef;
  /** The indicator and whatever it is derived from. */
  indicators: IndicatorDef[];
  plans: PlanFigure[];
  actuals: ActualFigure[];
  year: number;
  /** The period the view is "as of": later figures are not drawn. */
  period: Period;
  planChoice: PlanChoice;
}

function rowAt(input: ChartInput, period: Period): ReportRow | undefined {
  return buildUnitReport({ ...input, period })
    .flatMap((g) => g.rows)
    .find((r) => r.indicator.id === input.indicator.id);
}

function profile(actuals: ActualFigure[], indicatorId: number, year: number): PeriodFigures {
  const out: PeriodFigures = {};
  for (const a of actuals) if (a.indicatorId === indicatorId && a.year === year) out[a.period] = a.value;
  return out;
}

export function chartSeries(input: ChartInput): ChartSeries {
  const { indicator, year, period } = input;
  const last = PERIODS.indexOf(period);
  const rows = PERIODS.map((p) => rowAt(input, p));
  const anyRow = rows.find((r) => r !== undefined);
  const judged = anyRow?.judgedAgainst ?? null;
  const plan = judged && anyRow ? anyRow.plans[judged] : null;
  const lastYearProfile = indicator.kind === "growth" ? null : profile(input.actuals, indicator.id, year - 1);
  const lastYear = { fullYear: lastYearProfile?.FY ?? null, profile: lastYearProfile };
  const seasonal =
    indicator.timeBehaviour === "flow" && lastYearProfile?.FY !== undefined && PERIODS.slice(0, 3).some((p) => lastYearProfile[p] !== undefined);

  let lastReported: Period | null = null;
  const points: ChartPoint[] = PERIODS.map((p, i) => {
    const row = rows[i];
    const shown = i <= last && row?.actual ? row.actual : null;
    if (shown) lastReported = p;
    // The expected figure does not depend on the actual; evaluate it for every period, reported or not.
    const expected = plan ? evaluate({ rule: indicator, target: plan, period: p, actual: plan.value, lastYear }).expected : null;
    return {
      period: p,
      actual: shown?.value ?? null,
      figureStatus: shown?.status ?? null,
      plan: plan?.value ?? null,
      expected,
      lastYear: row?.samePeriodLastYear ?? null,
      projection: null,
    };
  });

  let projection: ChartSeries["projection"] = null;
  const reported = lastReported as Period | null;
  if (reported && plan) {
    const idx = PERIODS.indexOf(reported);
    const evaluation = rows[idx]?.evaluation;
    const value = evaluation?.projection ?? null;
    if (value !== null && Number.isFinite(value)) {
      const atYearEnd = evaluate({ rule: indicator, target: plan, period: "FY", actual: value, lastYear });
      projection = { value, status: atYearEnd.status };
      points[idx]!.projection = points[idx]!.actual;
      points[PERIODS.length - 1]!.projection = value;
    }
  }
  return { indicator, points, lastReported: reported, projection, seasonal, plan, evaluation: rows[last]?.evaluation ?? null };
}

/** One upper bound for a set of charts (small multiples), so that their scales compare. */
export function sharedMaximum(series: ChartSeries[]): number {
  let max = 0;
  for (const s of series)
    for (const p of s.points)
      for (const v of [p.actual, p.plan, p.expected, p.lastYear, p.projection]) if (v !== null && Number.isFinite(v) && v > max) max = v;
  return niceCeiling(max);
}

/** The next "round" number at or above x (1, 2, 2.5, 5 × 10ⁿ), for a readable axis. */
export function niceCeiling(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= x) return step * magnitude;
  return 10 * magnitude;
}

/**
 * Evenly spaced round ticks from 0 to at least max (about `count` of them), for a chart's value axis;
 * never finer than the indicator's decimals, so a count of 2 wards is not labelled 0; 0,5; 1; 1,5; 2.
 */
export function axisTicks(max: number, { decimals = 12, count = 5 }: { decimals?: number; count?: number } = {}): number[] {
  const m = max > 0 && Number.isFinite(max) ? max : 1;
  const step = Math.max(niceCeiling(m / (count - 1)), 10 ** -decimals);
  const top = Math.ceil(m / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
