// Which plan counts. The People's Council's latest word is its adjusted plan where there is one,
// else the plan it adopted; where a unit has no plan of its own council, the higher level's plan
// is its commitment. Every view, form and roll-up picks plans through these, so they all agree.
import type { PlanVersion } from "./domain";

/** The People's Council's plan: adjusted, else adopted. */
export const COUNCIL_PLAN: readonly PlanVersion[] = ["adjusted", "council"];
/** The plan the higher level assigned. */
export const HIGHER_LEVEL_PLAN: readonly PlanVersion[] = ["higher_level"];
/** A unit's own commitment: its council's plan, else what the higher level assigned. */
export const COMMITTED_PLAN: readonly PlanVersion[] = [...COUNCIL_PLAN, ...HIGHER_LEVEL_PLAN];
/** A child's target as its parent assigned it (KH cấp trên giao), else the child's own. */
export const ASSIGNED_PLAN: readonly PlanVersion[] = [...HIGHER_LEVEL_PLAN, ...COUNCIL_PLAN];

/** The first plan of the preference found among one indicator's plans; null when there is none. */
export function planThatCounts<P extends { version: PlanVersion }>(plans: readonly P[], preference: readonly PlanVersion[]): P | null {
  for (const version of preference) {
    const plan = plans.find((p) => p.version === version);
    if (plan) return plan;
  }
  return null;
}
