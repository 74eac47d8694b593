// Progress of an indicator against its yearly plan: percentages as reports state them, and the
// status (vượt / đạt / chậm or không đạt) with its tolerance band. Before Cả năm the figure is
// judged against the expected-by-now figure (tiến độ), at Cả năm against the plan (kế hoạch):
// lib/verdict.ts turns status and period into words. Pure functions.
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
  /** The administrator's tolerance in the indicator's unit (percentage points for %); null: the default. */
  tolerance?: number | null;
  /** An amount whose unit is % (a rate kept as an amount): read in percentage points like a ratio. */
  percentUnit?: boolean;
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
  /** "Expected by now" value for the period (the plan at Cả năm); null for an interval. */
  expected: number | null;
  /** The band around the plan or the expected figure inside which the figure is "đạt". */
  tolerance: number;
  /** For rates, shares and growth: actual − plan in percentage points; null otherwise. */
  pointsFromPlan: number | null;
  percentOfSamePeriod: number | null;
  /** Year-end projection: for flows actual / expectedShare, for levels the actual itself. */
  projection: number | null;
}

/** A higher rank is a better status. */
export const STATUS_RANK: Record<IndicatorStatus, number> = {
  not_achieved: 0,
  achieved: 1,
  exceeded: 2,
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

/** Plans and figures of a rate, a share or a growth rate are in %: gaps are read in percentage points. */
export function isRate(rule: Pick<IndicatorRule, "kind" | "percentUnit">): boolean {
  return rule.kind === "ratio" || rule.kind === "growth" || rule.percentUnit === true;
}

/** Share of the reference added to the rounding for amounts and counts (1%); rates get a fixed 0,1 point. */
export const TOLERANCE_SHARE = 0.01;
export const TOLERANCE_POINTS = 0.1;

/**
 * How far a figure may sit from the plan or the expected-by-now figure and still be "đạt": the
 * administrator's figure for the indicator if set, else half a unit of the reported precision plus
 * 1% of the reference (amounts, counts) or 0,1 percentage point (rates, shares, growth).
 */
export function toleranceFor(rule: IndicatorRule, reference: number): number {
  if (isFiniteNumber(rule.tolerance) && rule.tolerance >= 0) return rule.tolerance;
  const rounding = 0.5 * 10 ** -Math.min(Math.max(Math.trunc(rule.decimals), 0), 12);
  return rounding + (isRate(rule) ? TOLERANCE_POINTS : TOLERANCE_SHARE * Math.abs(isFiniteNumber(reference) ? reference : 0));
}

/** Floating-point noise allowed on a band's edge (0,1 + 0,05 is not quite 0,15 in binary). */
function noise(...xs: number[]): number {
  return 1e-9 * Math.max(1, ...xs.map((x) => Math.abs(x)));
}

/** A figure against one reference, better when higher (or lower): past the band, inside it, or short of it. */
function judge(actual: number, reference: number, tolerance: number, better: "higher" | "lower"): IndicatorStatus {
  const ahead = better === "higher" ? actual - reference : reference - actual;
  const eps = noise(actual, reference, tolerance);
  if (ahead > tolerance + eps) return "exceeded";
  if (ahead >= -tolerance - eps) return "achieved";
  return "not_achieved";
}

/** Inside lo..hi widened by the tolerance: "đạt", never beyond (a range or an exact figure cannot be beaten). */
function within(actual: number, lo: number, hi: number, tolerance: number): IndicatorStatus {
  const eps = noise(actual, lo, hi, tolerance);
  return actual >= lo - tolerance - eps && actual <= hi + tolerance + eps ? "achieved" : "not_achieved";
}

/** Which side is better for a single-figure plan: the comparator says it, else the indicator's direction. */
function betterSide(target: PlanTarget, direction: Direction): "higher" | "lower" {
  if (target.comparator === "gte") return "higher";
  if (target.comparator === "lte") return "lower";
  return direction === "lower" ? "lower" : "higher";
}

/**
 * The year-end verdict against the whole plan. A small miss within the tolerance is "đạt kế hoạch";
 * but any figure better than the plan at the reported precision is "vượt kế hoạch", as reports
 * write it ("tỷ lệ hộ nghèo 0,11%, vượt kế hoạch" against a ceiling of 0,2%).
 */
function finalVerdict(a: number, rule: IndicatorRule, target: PlanTarget): StatusAndExpected {
  const { lo, hi } = bounds(target);
  if (target.comparator === "range") {
    return { status: within(a, lo, hi, toleranceFor(rule, rule.direction === "lower" ? hi : lo)), expected: null, reference: null };
  }
  const side = betterSide(target, rule.direction);
  const plan = side === "higher" ? lo : hi;
  const tolerance = toleranceFor(rule, plan);
  if (target.comparator === "eq") return { status: within(a, plan, plan, tolerance), expected: plan, reference: plan };
  const p = roundTo(plan, rule.decimals);
  const beyond = side === "higher" ? a > p : a < p;
  return { status: beyond ? "exceeded" : judge(a, plan, tolerance, side) === "not_achieved" ? "not_achieved" : "achieved", expected: plan, reference: plan };
}

/** Ratios and growth rates are read as levels even if mis-tagged as flows: they do not accumulate. */
function isFlow(rule: IndicatorRule): boolean {
  return rule.timeBehaviour === "flow" && (rule.kind === "amount" || rule.kind === "count");
}

interface StatusAndExpected {
  status: IndicatorStatus;
  expected: number | null;
  /** The figure the verdict was measured against (expected by now, or the plan); null for an interval. */
  reference: number | null;
}

function evaluateFlow(input: EvaluationInput, a: number): StatusAndExpected {
  const { rule, target, period } = input;
  const share = expectedShare(period, input.lastYear?.profile);
  const { lo, hi } = bounds(target);

  if (rule.direction === "range" || target.comparator === "range") {
    // An interval scales with the share; there is no single expected figure to show.
    return { status: within(a, lo * share, hi * share, toleranceFor(rule, lo * share)), expected: null, reference: null };
  }
  const side = betterSide(target, rule.direction);
  const plan = side === "higher" ? lo : hi;
  const expected = plan * share;
  // Lower is better: a cumulative figure only grows, so a ceiling broken past its band cannot be repaired.
  if (side === "lower" && a > plan + toleranceFor(rule, plan) + noise(a, plan)) return { status: "not_achieved", expected, reference: expected };
  const tolerance = toleranceFor(rule, expected);
  if (target.comparator === "eq") return { status: within(a, expected, expected, tolerance), expected, reference: expected };
  return { status: judge(a, expected, tolerance, side), expected, reference: expected };
}

/** Distance from x to the interval lo..hi (0 inside). */
function distanceToRange(x: number, lo: number, hi: number): number {
  if (x < lo) return lo - x;
  if (x > hi) return x - hi;
  return 0;
}

function evaluateLevel(input: EvaluationInput, a: number): StatusAndExpected {
  const { rule, target, period } = input;
  const share = straightShare(period);
  const { lo, hi } = bounds(target);
  const base = input.lastYear?.fullYear;
  const hasBase = isFiniteNumber(base);

  if (target.comparator === "range" || rule.direction === "range") {
    const tolerance = toleranceFor(rule, lo);
    const inside = within(a, lo, hi, tolerance);
    if (inside === "achieved" || !hasBase) return { status: inside, expected: null, reference: null };
    // On pace when the gap to the range has closed at least in proportion to the year elapsed.
    const baseGap = distanceToRange(base, lo, hi);
    const gap = distanceToRange(a, lo, hi);
    const onPace = baseGap > 0 && gap <= baseGap * (1 - share) + tolerance + noise(gap, baseGap);
    return { status: onPace ? "achieved" : "not_achieved", expected: null, reference: null };
  }

  const side = betterSide(target, rule.direction);
  const plan = side === "higher" ? lo : hi;
  // The path from last year's level to the plan; without that level, a rate or a growth rate is
  // read against the plan itself all year (growth is already measured against the same period).
  const expected = hasBase ? base + (plan - base) * share : plan;
  const tolerance = toleranceFor(rule, expected);
  if (target.comparator === "eq") return { status: within(a, expected, expected, tolerance), expected, reference: expected };
  return { status: judge(a, expected, tolerance, side), expected, reference: expected };
}

/** Gap to the plan in percentage points for a rate (0 inside a range); null for other indicators. */
function pointsFromPlan(a: number, rule: IndicatorRule, target: PlanTarget): number | null {
  if (!isRate(rule) || !isFiniteNumber(target.value)) return null;
  const { lo, hi } = bounds(target);
  if (target.comparator === "range") return a < lo ? a - lo : a > hi ? a - hi : 0;
  const gap = a - (betterSide(target, rule.direction) === "higher" ? lo : hi);
  return roundTo(gap, Math.min(Math.max(Math.trunc(rule.decimals), 0), 12) + 2);
}

export function evaluate(input: EvaluationInput): Evaluation {
  const { rule, target, period, actual } = input;
  const a = roundTo(actual, rule.decimals);
  const flow = isFlow(rule);
  const verdict =
    period === "FY" ? finalVerdict(a, rule, target) : flow ? evaluateFlow(input, a) : evaluateLevel(input, a);

  let projection: number | null = null;
  if (isFiniteNumber(actual)) {
    if (!flow) projection = actual;
    else {
      const share = expectedShare(period, input.lastYear?.profile);
      projection = share > 0 ? actual / share : null;
    }
  }

  return {
    status: verdict.status,
    percentOfPlan: percentOfPlan(actual, target.value),
    attainment: attainment(actual, rule, target),
    expected: verdict.expected,
    tolerance: toleranceFor(rule, verdict.reference ?? bounds(target).lo),
    pointsFromPlan: pointsFromPlan(a, rule, target),
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
