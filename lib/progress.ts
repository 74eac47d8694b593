// Progress of an indicator against its yearly plan: percentages as reports state them, and the
// status (vượt / đạt / đúng hướng / chưa đạt). Pure functions; callers turn codes into words.
import type {
  Comparator,
  Direction,
  IndicatorKind,
  IndicatorStatus,
  Period,
  TimeBehaviour,
} from "./domain";
import { straightShare } from "./periods";

export interface IndicatorRule {
  direction: Direction;
  timeBehaviour: TimeBehaviour;
  kind: IndicatorKind;
  /** Decimals the figure is reported with; comparisons are made at this precision. */
  decimals: number;
}

/** For comparator "range" the plan is value..valueMax. */
export interface PlanTarget {
  comparator: Comparator;
  value: number;
  valueMax?: number | null;
}

export type PeriodFigures = Partial<Record<Period, number>>;

export interface LastYearFigures {
  /** Same period last year (cùng kỳ). */
  samePeriod?: number | null;
  /** Last year's full-year figure: for a level, the base it starts the year from. */
  fullYear?: number | null;
  /** Last year's cumulative figures by period, giving the seasonal shape of a flow. */
  profile?: PeriodFigures | null;
}

export interface EvaluationInput {
  rule: IndicatorRule;
  target: PlanTarget;
  period: Period;
  actual: number;
  lastYear?: LastYearFigures;
}

export interface Evaluation {
  status: IndicatorStatus;
  percentOfPlan: number | null;
  attainment: number | null;
  /** "Expected by now" value for the period; null when not meaningful. */
  expected: number | null;
  percentOfSamePeriod: number | null;
  /** Year-end projection: for flows actual / expectedShare, for levels the actual itself. */
  projection: number | null;
}

/** Best first; a higher rank is a better status. */
export const STATUS_RANK: Record<IndicatorStatus, number> = {
  not_achieved: 0,
  on_track: 1,
  achieved: 2,
  exceeded: 3,
};

function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * Rounds half away from zero, as reports (and spreadsheets) do. toPrecision(15) first strips
 * binary noise so that e.g. 1.005 * 100 = 100.49999999999999 still rounds up.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(Math.max(Math.trunc(decimals), 0), 12);
  const factor = 10 ** d;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // no -0
}

/** The literal "bằng X% KH": actual / plan × 100. */
export function percentOfPlan(actual: number, plan: number): number | null {
  if (!isFiniteNumber(plan) || plan === 0 || !isFiniteNumber(actual)) return null;
  return (actual / plan) * 100;
}

/** Plan bounds: a single figure is both bounds; a range is ordered whichever way it was entered. */
function bounds(target: PlanTarget): { lo: number; hi: number } {
  if (target.comparator !== "range" || !isFiniteNumber(target.valueMax)) {
    return { lo: target.value, hi: target.value };
  }
  return {
    lo: Math.min(target.value, target.valueMax),
    hi: Math.max(target.value, target.valueMax),
  };
}

/**
 * Direction-aware index where ≥ 100 means the target is met, for sorting and comparing units.
 * Higher-is-better measures against the lower bound, lower-is-better against the ceiling.
 */
export function attainment(actual: number, rule: IndicatorRule, target: PlanTarget): number | null {
  if (!isFiniteNumber(actual) || !isFiniteNumber(target.value)) return null;
  const { lo, hi } = bounds(target);
  switch (rule.direction) {
    case "higher":
      return percentOfPlan(actual, lo);
    case "lower":
      if (actual === 0) {
        if (hi > 0) return Number.POSITIVE_INFINITY;
        return hi === 0 ? 100 : null; // zero against a zero ceiling is exactly on the plan
      }
      return (hi / actual) * 100;
    case "range": {
      if (actual >= lo && actual <= hi) return 100;
      const bound = actual < lo ? lo : hi;
      if (bound === 0) return null;
      return 100 - (Math.abs(actual - bound) / Math.abs(bound)) * 100;
    }
  }
}

/** "bằng X% so với cùng kỳ". */
export function percentOfSamePeriod(actual: number, lastYear: number | null | undefined): number | null {
  if (!isFiniteNumber(lastYear) || lastYear === 0 || !isFiniteNumber(actual)) return null;
  return (actual / lastYear) * 100;
}

/** "tăng/giảm X% so với cùng kỳ": positive is an increase. */
export function changeVsSamePeriod(actual: number, lastYear: number | null | undefined): number | null {
  const p = percentOfSamePeriod(actual, lastYear);
  return p === null ? null : p - 100;
}

/**
 * Share of the full-year flow expected by the end of `period`. Last year's cumulative profile,
 * when usable, replaces the straight share, because seasonal flows (summer tourism) are uneven.
 */
export function expectedShare(period: Period, profile?: PeriodFigures | null): number {
  if (period === "FY") return 1;
  const fy = profile?.FY;
  const atPeriod = profile?.[period];
  if (isFiniteNumber(fy) && fy > 0 && isFiniteNumber(atPeriod)) {
    return Math.min(Math.max(atPeriod / fy, 0), 1);
  }
  return straightShare(period);
}

/** Comparator satisfied, both sides rounded to the reported precision (12,40 equals 12,4). */
function isMet(actual: number, target: PlanTarget, decimals: number): boolean {
  const a = roundTo(actual, decimals);
  const { lo, hi } = bounds(target);
  const rLo = roundTo(lo, decimals);
  const rHi = roundTo(hi, decimals);
  switch (target.comparator) {
    case "gte":
      return a >= rLo;
    case "lte":
      return a <= rHi;
    case "eq":
      return a === rLo;
    case "range":
      return a >= rLo && a <= rHi;
  }
}

/** Met and strictly past the plan in the good direction; an exact figure or a range cannot be beaten. */
function isBeyond(actual: number, target: PlanTarget, direction: Direction, decimals: number): boolean {
  if (target.comparator === "eq" || target.comparator === "range") return false;
  const a = roundTo(actual, decimals);
  const v = roundTo(target.value, decimals);
  if (direction === "higher") return a > v;
  if (direction === "lower") return a < v;
  return false;
}

function finalStatus(met: boolean, beyond: boolean): IndicatorStatus {
  if (!met) return "not_achieved";
  return beyond ? "exceeded" : "achieved";
}

/** Ratios and growth rates are read as levels even if mis-tagged as flows: they do not accumulate. */
function isFlow(rule: IndicatorRule): boolean {
  return rule.timeBehaviour === "flow" && (rule.kind === "amount" || rule.kind === "count");
}

interface StatusAndExpected {
  status: IndicatorStatus;
  expected: number | null;
}

function evaluateFlow(input: EvaluationInput, met: boolean, beyond: boolean): StatusAndExpected {
  const { rule, target, period, actual } = input;
  const d = rule.decimals;
  const share = expectedShare(period, input.lastYear?.profile);
  const { lo, hi } = bounds(target);
  const a = roundTo(actual, d);

  if (rule.direction === "range") {
    // An interval scales with the share; there is no single expected figure to show.
    if (period === "FY") return { status: finalStatus(met, beyond), expected: null };
    const inside = a >= roundTo(lo * share, d) && a <= roundTo(hi * share, d);
    return { status: inside ? "on_track" : "not_achieved", expected: null };
  }

  const plan = rule.direction === "higher" ? lo : hi;
  const expected = plan * share;
  if (period === "FY") return { status: finalStatus(met, beyond), expected };

  if (rule.direction === "higher") {
    // The full-year figure is already reached; the rest of the year can only add to it.
    if (met) return { status: finalStatus(met, beyond), expected };
    return { status: a >= roundTo(expected, d) ? "on_track" : "not_achieved", expected };
  }
  // Lower is better: a cumulative figure only grows, so a broken ceiling cannot be repaired.
  if (a > roundTo(hi, d)) return { status: "not_achieved", expected };
  return { status: a <= roundTo(expected, d) ? "on_track" : "not_achieved", expected };
}

/** Distance from x to the interval lo..hi (0 inside). */
function distanceToRange(x: number, lo: number, hi: number): number {
  if (x < lo) return lo - x;
  if (x > hi) return x - hi;
  return 0;
}

function evaluateLevel(input: EvaluationInput, met: boolean, beyond: boolean): StatusAndExpected {
  const { rule, target, period, actual } = input;
  const d = rule.decimals;
  const share = straightShare(period);
  const { lo, hi } = bounds(target);
  const base = input.lastYear?.fullYear;
  const hasBase = isFiniteNumber(base);

  if (rule.direction === "range") {
    if (met || period === "FY" || !hasBase) {
      return { status: finalStatus(met, beyond), expected: null };
    }
    // On track when the gap to the range has closed at least in proportion to the year elapsed.
    const baseGap = distanceToRange(base, lo, hi);
    const gap = distanceToRange(actual, lo, hi);
    const onTrack = baseGap > 0 && roundTo(gap, d) <= roundTo(baseGap * (1 - share), d);
    return { status: onTrack ? "on_track" : "not_achieved", expected: null };
  }

  const plan = rule.direction === "higher" ? lo : hi;
  // Without last year's level there is no path to measure against before the year ends.
  const expected = period === "FY" ? plan : hasBase ? base + (plan - base) * share : null;
  if (met || period === "FY" || expected === null) {
    return { status: finalStatus(met, beyond), expected };
  }
  const a = roundTo(actual, d);
  const e = roundTo(expected, d);
  const onTrack = rule.direction === "higher" ? a >= e : a <= e;
  return { status: onTrack ? "on_track" : "not_achieved", expected };
}

export function evaluate(input: EvaluationInput): Evaluation {
  const { rule, target, period, actual } = input;
  const met = isMet(actual, target, rule.decimals);
  const beyond = met && isBeyond(actual, target, rule.direction, rule.decimals);
  const flow = isFlow(rule);
  const { status, expected } = flow ? evaluateFlow(input, met, beyond) : evaluateLevel(input, met, beyond);

  let projection: number | null = null;
  if (isFiniteNumber(actual)) {
    if (!flow) projection = actual;
    else {
      const share = expectedShare(period, input.lastYear?.profile);
      projection = share > 0 ? actual / share : null;
    }
  }

  return {
    status,
    percentOfPlan: percentOfPlan(actual, target.value),
    attainment: attainment(actual, rule, target),
    expected,
    percentOfSamePeriod: percentOfSamePeriod(actual, input.lastYear?.samePeriod),
    projection,
  };
}

/** (current / previous − 1) × 100, e.g. production value growth. */
export function growthRate(current: number | null, previous: number | null): number | null {
  if (!isFiniteNumber(current) || !isFiniteNumber(previous) || previous === 0) return null;
  return (current / previous - 1) * 100;
}

/** numerator / denominator × 100, e.g. 2.570 / 2.683 households. */
export function ratioValue(numerator: number | null, denominator: number | null): number | null {
  if (!isFiniteNumber(numerator) || !isFiniteNumber(denominator) || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

/**
 * True when a figure stated in a document disagrees with the one computed from its values at the
 * stated precision: the seeds are not always consistent, and the mismatch is shown, not hidden.
 */
export function statedMismatch(computed: number, stated: number | null | undefined, decimals: number): boolean {
  if (!isFiniteNumber(stated)) return false;
  return roundTo(computed, decimals) !== roundTo(stated, decimals);
}

/** The figure to read for a period; both behaviours are stored as read at the end of the period. */
export function figureForPeriod(
  timeBehaviour: TimeBehaviour,
  figures: PeriodFigures,
  period: Period,
): number | null {
  const value = figures[period];
  switch (timeBehaviour) {
    case "flow": // stored cumulative from 1 January (lũy kế), so it is already year-to-date
    case "level": // a value at the end of the period
      return isFiniteNumber(value) ? value : null;
  }
}

export type Quarter = "Q1" | "Q2" | "Q3" | "Q4";

/** Non-cumulative quarterly amounts of a flow stored cumulatively; null where a figure is missing. */
export function quarterlyIncrements(figures: PeriodFigures): Record<Quarter, number | null> {
  const at = (p: Period): number | null => {
    const v = figures[p];
    return isFiniteNumber(v) ? v : null;
  };
  const diff = (later: number | null, earlier: number | null): number | null =>
    later === null || earlier === null ? null : later - earlier;
  const q1 = at("Q1");
  const h1 = at("H1");
  const m9 = at("M9");
  const fy = at("FY");
  return { Q1: q1, Q2: diff(h1, q1), Q3: diff(m9, h1), Q4: diff(fy, m9) };
}
