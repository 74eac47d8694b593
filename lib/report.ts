// The standard report (biểu) of one unit for a year and period: every indicator with its plans,
// the period's actual, the same period last year, percentages and status. Pure: the caller reads
// the figures, this decides what they mean.
import {
  INDICATOR_GROUPS,
  INDICATOR_STATUSES,
  type Aggregation,
  type Comparator,
  type Direction,
  type FigureSource,
  type FigureStatus,
  type IndicatorGroup,
  type IndicatorKind,
  type IndicatorStatus,
  type Period,
  type PlanVersion,
  type TimeBehaviour,
} from "./domain";
import { COUNCIL_PLAN, HIGHER_LEVEL_PLAN, planThatCounts } from "./plan-versions";
import {
  evaluate,
  growthRate,
  percentOfPlan,
  percentOfSamePeriod,
  statedMismatch,
  type Evaluation,
  type IndicatorRule,
  type PeriodFigures,
} from "./progress";

export interface IndicatorDef {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  group: IndicatorGroup;
  measureVi: string;
  measureEn: string;
  direction: Direction;
  timeBehaviour: TimeBehaviour;
  aggregation: Aggregation;
  kind: IndicatorKind;
  baseIndicatorId: number | null;
  weightIndicatorId: number | null;
  decimals: number;
  sortOrder: number;
  /** The administrator's tolerance band (indicator's unit, points for %); null or absent: the default. */
  tolerance?: number | null;
}

/** An indicator's rule for judging: its behaviour, precision and tolerance, a unit of % read in points. */
export function ruleOf(indicator: IndicatorDef): IndicatorRule {
  return {
    direction: indicator.direction,
    timeBehaviour: indicator.timeBehaviour,
    kind: indicator.kind,
    decimals: indicator.decimals,
    tolerance: indicator.tolerance ?? null,
    percentUnit: indicator.measureVi.trim() === "%",
  };
}

export interface PlanFigure {
  indicatorId: number;
  version: PlanVersion;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  source: FigureSource;
  documentNumber: string | null;
  documentDate: string | null;
}

export interface ActualFigure {
  indicatorId: number;
  year: number;
  period: Period;
  value: number;
  numerator: number | null;
  denominator: number | null;
  statedValue: number | null;
  status: FigureStatus;
  source: FigureSource;
}

/**
 * Which plan the status is judged against. "council" is the People's Council's latest word:
 * its adjusted plan where there is one, else the plan it adopted.
 */
export const PLAN_CHOICES = ["council", "higher_level"] as const;
export type PlanChoice = (typeof PLAN_CHOICES)[number];

export interface ReportActual {
  value: number;
  status: FigureStatus;
  source: FigureSource;
  numerator: number | null;
  denominator: number | null;
  statedValue: number | null;
  /** The stated figure disagrees with the one computed from numerator and denominator. */
  statedMismatch: boolean;
  /** Computed from another indicator (a growth rate) rather than entered. */
  derived: boolean;
}

export interface ReportRow {
  indicator: IndicatorDef;
  /** For growth rates: the indicator they are derived from. */
  baseIndicator: IndicatorDef | null;
  plans: Record<PlanChoice, PlanFigure | null>;
  actual: ReportActual | null;
  samePeriodLastYear: number | null;
  /** The figure behind samePeriodLastYear, with its status and source. */
  samePeriodLastYearFigure: ReportActual | null;
  percentOfPlan: Record<PlanChoice, number | null>;
  percentOfSamePeriod: number | null;
  /** Judged against the chosen plan, or the other one when the chosen plan does not exist. */
  judgedAgainst: PlanChoice | null;
  evaluation: Evaluation | null;
}

export interface ReportGroup {
  group: IndicatorGroup;
  rows: ReportRow[];
}

export interface ReportInput {
  indicators: IndicatorDef[];
  /** Plans of the unit for the report's year. */
  plans: PlanFigure[];
  /** Actuals of the unit for the report's year and the year before, all periods. */
  actuals: ActualFigure[];
  year: number;
  period: Period;
  planChoice?: PlanChoice;
}

const FIGURE_STATUS_ORDER: FigureStatus[] = ["estimate", "preliminary", "official"];

/** A figure computed from others is only as final as the least final of them. */
function leastFinal(a: FigureStatus, b: FigureStatus): FigureStatus {
  return FIGURE_STATUS_ORDER.indexOf(a) <= FIGURE_STATUS_ORDER.indexOf(b) ? a : b;
}

function choosePlans(plans: PlanFigure[]): Record<PlanChoice, PlanFigure | null> {
  return { council: planThatCounts(plans, COUNCIL_PLAN), higher_level: planThatCounts(plans, HIGHER_LEVEL_PLAN) };
}

type FigureIndex = Map<string, ActualFigure>;
const key = (indicatorId: number, year: number, period: Period) => `${indicatorId}|${year}|${period}`;

function indexActuals(actuals: ActualFigure[]): FigureIndex {
  return new Map(actuals.map((a) => [key(a.indicatorId, a.year, a.period), a]));
}

function profileOf(index: FigureIndex, indicatorId: number, year: number): PeriodFigures {
  const profile: PeriodFigures = {};
  for (const p of ["Q1", "H1", "M9", "FY"] as const) {
    const f = index.get(key(indicatorId, year, p));
    if (f) profile[p] = f.value;
  }
  return profile;
}

/** A growth rate's value for a year and period: entered if it was, else derived from its base. */
function growthFigure(index: FigureIndex, indicator: IndicatorDef, year: number, period: Period): ReportActual | null {
  const entered = index.get(key(indicator.id, year, period));
  if (entered) return toReportActual(entered, indicator);
  if (indicator.baseIndicatorId === null) return null;
  const current = index.get(key(indicator.baseIndicatorId, year, period));
  const previous = index.get(key(indicator.baseIndicatorId, year - 1, period));
  if (!current || !previous) return null;
  const value = growthRate(current.value, previous.value);
  if (value === null) return null;
  return {
    value,
    status: leastFinal(current.status, previous.status),
    source: current.source === "illustrative" || previous.source === "illustrative" ? "illustrative" : current.source,
    numerator: null,
    denominator: null,
    statedValue: null,
    statedMismatch: false,
    derived: true,
  };
}

function toReportActual(f: ActualFigure, indicator: IndicatorDef): ReportActual {
  return {
    value: f.value,
    status: f.status,
    source: f.source,
    numerator: f.numerator,
    denominator: f.denominator,
    statedValue: f.statedValue,
    statedMismatch: statedMismatch(f.value, f.statedValue, indicator.decimals),
    derived: false,
  };
}

function buildRow(
  indicator: IndicatorDef,
  plans: Record<PlanChoice, PlanFigure | null>,
  index: FigureIndex,
  input: ReportInput,
  baseIndicator: IndicatorDef | null,
): ReportRow {
  const { year, period } = input;
  const figureAt = (y: number): ReportActual | null => {
    if (indicator.kind === "growth") return growthFigure(index, indicator, y, period);
    const f = index.get(key(indicator.id, y, period));
    return f ? toReportActual(f, indicator) : null;
  };
  const actual = figureAt(year);
  const samePeriodLastYearFigure = figureAt(year - 1);
  const samePeriodLastYear = samePeriodLastYearFigure?.value ?? null;

  const preferred = input.planChoice ?? "council";
  const other: PlanChoice = preferred === "council" ? "higher_level" : "council";
  const judgedAgainst = plans[preferred] ? preferred : plans[other] ? other : null;
  const target = judgedAgainst ? plans[judgedAgainst] : null;

  const lastYearProfile = indicator.kind === "growth" ? null : profileOf(index, indicator.id, year - 1);
  const evaluation =
    actual && target
      ? evaluate({
          rule: ruleOf(indicator),
          target,
          period,
          actual: actual.value,
          lastYear: {
            samePeriod: samePeriodLastYear,
            fullYear: lastYearProfile?.FY ?? null,
            profile: lastYearProfile,
          },
        })
      : null;

  const pct = (plan: PlanFigure | null) => (actual && plan ? percentOfPlan(actual.value, plan.value) : null);
  return {
    indicator,
    baseIndicator,
    plans,
    actual,
    samePeriodLastYear,
    samePeriodLastYearFigure,
    percentOfPlan: { council: pct(plans.council), higher_level: pct(plans.higher_level) },
    percentOfSamePeriod: actual ? percentOfSamePeriod(actual.value, samePeriodLastYear) : null,
    judgedAgainst,
    evaluation,
  };
}

/**
 * Rows for every indicator the unit has a plan for in the year or a figure for in the period,
 * grouped in the standard order (kinh tế; văn hóa - xã hội; môi trường; quốc phòng - an ninh).
 */
export function buildUnitReport(input: ReportInput): ReportGroup[] {
  const index = indexActuals(input.actuals);
  const plansByIndicator = new Map<number, PlanFigure[]>();
  for (const p of input.plans) {
    plansByIndicator.set(p.indicatorId, [...(plansByIndicator.get(p.indicatorId) ?? []), p]);
  }
  const rows: ReportRow[] = [];
  const ordered = [...input.indicators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  for (const indicator of ordered) {
    const plans = choosePlans(plansByIndicator.get(indicator.id) ?? []);
    const base = input.indicators.find((i) => i.id === indicator.baseIndicatorId) ?? null;
    const row = buildRow(indicator, plans, index, input, base);
    if (plans.council || plans.higher_level || (row.actual && !row.actual.derived)) rows.push(row);
  }
  return INDICATOR_GROUPS.map((group) => ({ group, rows: rows.filter((r) => r.indicator.group === group) })).filter(
    (g) => g.rows.length > 0,
  );
}

/**
 * total: the indicators of the unit; reported: those with a figure for the period (đã báo cáo x/y);
 * notReported: the rest; unjudged: reported but without a plan to judge against.
 */
export type StatusSummary = Record<IndicatorStatus, number> & { total: number; reported: number; notReported: number; unjudged: number };

export function emptySummary(): StatusSummary {
  const counts = Object.fromEntries(INDICATOR_STATUSES.map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  return { ...counts, total: 0, reported: 0, notReported: 0, unjudged: 0 };
}

/** Counts one indicator into a summary: its status, or whether it was reported at all. */
export function countInto(summary: StatusSummary, { reported, status }: { reported: boolean; status: IndicatorStatus | null }): void {
  summary.total += 1;
  if (!reported) summary.notReported += 1;
  else {
    summary.reported += 1;
    if (status) summary[status] += 1;
    else summary.unjudged += 1;
  }
}

/** "5 chỉ tiêu, đã báo cáo 4/5: 3 vượt tiến độ, 1 chậm tiến độ, 1 chưa báo cáo". */
export function summarizeStatuses(groups: ReportGroup[]): StatusSummary {
  const summary = emptySummary();
  for (const row of groups.flatMap((g) => g.rows)) countInto(summary, { reported: row.actual !== null, status: row.evaluation?.status ?? null });
  return summary;
}

/** The latest period with any figure in the year, so a report opens on the freshest data. */
export function latestReportedPeriod(actuals: Pick<ActualFigure, "year" | "period">[], year: number): Period | null {
  const order: Period[] = ["Q1", "H1", "M9", "FY"];
  let best = -1;
  for (const a of actuals) if (a.year === year) best = Math.max(best, order.indexOf(a.period));
  return best >= 0 ? order[best]! : null;
}
