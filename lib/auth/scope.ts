// Who may do what where. Pure: the caller loads the user and the unit's ancestor chain.
import type { Role } from "../domain";

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

/** Defining indicators, reading the audit trail, managing users. */
export function isAdmin(actor: Actor | null): boolean {
  return actor?.role === "admin";
}
