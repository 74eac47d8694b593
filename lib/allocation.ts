// A unit's targets beside its subordinate units' targets rolled up by each indicator's rule, with the
// gap: what the town assigned down against what it committed to itself. Pure.
import type { Aggregation, PlanVersion } from "./domain";
import { ASSIGNED_PLAN, COMMITTED_PLAN, planThatCounts } from "./plan-versions";
import { rollup, type RollupResult } from "./rollup";

/** The parent's own commitment: the HĐND's latest word, else what its higher level assigned. */
export const PARENT_PLAN_PREFERENCE = COMMITTED_PLAN;
/** A child's target as its parent assigned it (KH cấp trên giao), else the child's own. */
export const CHILD_PLAN_PREFERENCE = ASSIGNED_PLAN;

export interface AllocationPlan {
  unitId: number;
  indicatorId: number;
  version: PlanVersion;
  value: number;
}

export interface AllocationIndicator {
  id: number;
  aggregation: Aggregation;
  weightIndicatorId: number | null;
}

export interface AllocationRow {
  indicatorId: number;
  parent: number | null;
  /** Each child's target, in the order of `childIds`. */
  children: (number | null)[];
  /** The children's targets combined by the indicator's rule; null where the rule cannot combine targets. */
  combined: RollupResult | null;
  /** combined − parent: negative when the children were assigned less than the parent committed to. */
  gap: number | null;
}

export function choosePlan(plans: AllocationPlan[], unitId: number, indicatorId: number, preference: readonly PlanVersion[]): number | null {
  return planThatCounts(plans.filter((p) => p.unitId === unitId && p.indicatorId === indicatorId), preference)?.value ?? null;
}

export function buildAllocation(input: {
  parentId: number;
  childIds: number[];
  indicators: AllocationIndicator[];
  plans: AllocationPlan[];
  /** Weight of each child for weighted averages, by weight indicator: weights.get(indicatorId)?.get(unitId). */
  weights: Map<number, Map<number, number>>;
}): AllocationRow[] {
  const rows: AllocationRow[] = [];
  for (const indicator of input.indicators) {
    const parent = choosePlan(input.plans, input.parentId, indicator.id, PARENT_PLAN_PREFERENCE);
    const children = input.childIds.map((c) => choosePlan(input.plans, c, indicator.id, CHILD_PLAN_PREFERENCE));
    if (parent === null && children.every((c) => c === null)) continue;
    // Shares are combined from counts, which targets do not have; "none" does not combine at all.
    const combinable = indicator.aggregation === "sum" || indicator.aggregation === "weighted_avg";
    const weightsOf = indicator.weightIndicatorId !== null ? input.weights.get(indicator.weightIndicatorId) : undefined;
    const combined = combinable
      ? rollup(
          indicator.aggregation,
          children.map((value, i) => ({ value, weight: weightsOf?.get(input.childIds[i]!) ?? null })),
        )
      : null;
    const gap = combined?.value != null && parent !== null ? combined.value - parent : null;
    rows.push({ indicatorId: indicator.id, parent, children, combined, gap });
  }
  return rows;
}
