// Rolls children's figures (wards of a town, residential groups of a ward) up to the parent by
// the indicator's aggregation rule, and says how many children the result rests on.
import type { Aggregation } from "./domain";
import { growthRate } from "./progress";

export interface ChildFigure {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** Weight for weighted averages, e.g. population for income per head. */
  weight?: number | null;
}

export interface RollupResult {
  value: number | null;
  /** Children whose figures entered the result. */
  reported: number;
  /** Children that should have reported. */
  expected: number;
  /** Every child reported, so the value is final rather than partial. */
  complete: boolean;
  numerator?: number;
  denominator?: number;
}

function isFiniteNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

function result(value: number | null, reported: number, expected: number): RollupResult {
  // With no children there is nothing to roll up, so the result is never "complete".
  return { value, reported, expected, complete: expected > 0 && reported === expected };
}

export function rollup(aggregation: Aggregation, children: ChildFigure[]): RollupResult {
  const expected = children.length;
  switch (aggregation) {
    case "sum": {
      const values = children.map((c) => c.value).filter(isFiniteNumber);
      const value = values.length > 0 ? values.reduce((s, v) => s + v, 0) : null;
      return result(value, values.length, expected);
    }
    case "weighted_avg": {
      let weighted = 0;
      let totalWeight = 0;
      let reported = 0;
      for (const c of children) {
        // A child without a positive weight cannot say how much its value counts.
        if (isFiniteNumber(c.value) && isFiniteNumber(c.weight) && c.weight > 0) {
          weighted += c.value * c.weight;
          totalWeight += c.weight;
          reported += 1;
        }
      }
      return result(reported > 0 ? weighted / totalWeight : null, reported, expected);
    }
    case "share": {
      // Shares are recomputed from counts: averaging children's percentages would weigh
      // a group of 5 areas like one of 50.
      let numerator = 0;
      let denominator = 0;
      let reported = 0;
      for (const c of children) {
        if (isFiniteNumber(c.numerator) && isFiniteNumber(c.denominator)) {
          numerator += c.numerator;
          denominator += c.denominator;
          reported += 1;
        }
      }
      if (reported === 0) return result(null, 0, expected);
      const value = denominator !== 0 ? (numerator / denominator) * 100 : null;
      return { ...result(value, reported, expected), numerator, denominator };
    }
    case "none":
      return { value: null, reported: 0, expected, complete: false };
  }
}

/**
 * Growth of a parent's derived indicator (e.g. production value growth) from its base indicator
 * rolled up for both years; only when both years are complete, since a missing ward would
 * show as a fall.
 */
export function rollupGrowth(
  currentChildren: ChildFigure[],
  previousChildren: ChildFigure[],
  baseAggregation: Aggregation,
): number | null {
  const current = rollup(baseAggregation, currentChildren);
  const previous = rollup(baseAggregation, previousChildren);
  if (!current.complete || !previous.complete) return null;
  return growthRate(current.value, previous.value);
}
