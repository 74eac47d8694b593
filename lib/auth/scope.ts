// Who may do what where. Pure: the caller loads the user and the unit's ancestor chain.
import { PLAN_VERSIONS, type PlanVersion, type Role } from "../domain";

export interface Actor {
  id: number;
  role: Role;
  /** Root of the subtree an editor may change; ignored for admins. */
  scopeUnitId: number | null;
}

/**
 * True when the unit lies inside the subtree rooted at `scopeUnitId`.
 * `unitChain` is the unit's own id followed by its ancestors' ids (order does not matter).
 */
export function isWithinScope(scopeUnitId: number | null, unitChain: readonly number[]): boolean {
  return scopeUnitId !== null && unitChain.includes(scopeUnitId);
}

/** Entering actuals and setting plans for a unit: admins anywhere, editors inside their subtree. */
export function canEditUnit(actor: Actor | null, unitChain: readonly number[]): boolean {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  if (actor.role === "editor") return isWithinScope(actor.scopeUnitId, unitChain);
  return false;
}

/**
 * Setting one version of a unit's plans. The plan the higher level assigns (KH cấp trên giao) is set
 * from above: by editors of an ancestor of the unit, or admins; the unit's own editors only read it.
 * The council's plan and its adjustment are the unit's own, set by whoever may edit the unit.
 * `unitChain` starts with the unit's own id, followed by its ancestors' ids.
 */
export function mayEditPlanVersion(actor: Actor | null, unitChain: readonly number[], version: PlanVersion): boolean {
  if (!actor || !canEditUnit(actor, unitChain)) return false;
  if (version !== "higher_level" || actor.role === "admin") return true;
  return isWithinScope(actor.scopeUnitId, unitChain.slice(1));
}

/** The plan versions of a unit this actor may set, in the order of PLAN_VERSIONS. */
export function editablePlanVersions(actor: Actor | null, unitChain: readonly number[]): PlanVersion[] {
  return PLAN_VERSIONS.filter((version) => mayEditPlanVersion(actor, unitChain, version));
}

/** Defining indicators, reading the audit trail, managing users. */
export function isAdmin(actor: Actor | null): boolean {
  return actor?.role === "admin";
}
