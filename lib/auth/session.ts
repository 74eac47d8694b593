import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import type { SessionUser } from "@/db/queries/users";
import { getSubtreeUnitCodes, getUnitChain } from "@/db/queries/scope";
import { authOptions } from "./options";
import type { PlanVersion } from "@/lib/domain";
import { canEditUnit, editablePlanVersions } from "./scope";

export type { SessionUser };

/** The signed-in user, as the session callback re-reads them from the database. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  return session?.account ?? null;
});

/** For pages that need a signed-in user: anyone else is sent to sign in and brought back. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** May this user enter actuals and set plans for this unit? False for units that do not exist. */
export async function mayEditUnit(user: SessionUser | null, unitId: number): Promise<boolean> {
  if (!user) return false;
  const chain = await getUnitChain(getDb(), { unitId });
  return chain !== null && canEditUnit(user, chain);
}

/**
 * The versions of this unit's plans the user may set (lib/auth/scope.ts mayEditPlanVersion): every
 * door a plan comes through asks here. Empty for units that do not exist.
 */
export async function mayEditPlanVersions(user: SessionUser | null, unitId: number): Promise<PlanVersion[]> {
  if (!user) return [];
  const chain = await getUnitChain(getDb(), { unitId });
  return chain === null ? [] : editablePlanVersions(user, chain);
}

/** Codes of the units the user may change, for checking the unit a file names; null when every unit is allowed. */
export async function getScopeUnitCodes(user: SessionUser): Promise<string[] | null> {
  if (user.role === "admin") return null;
  if (user.role !== "editor" || user.scopeUnitId === null) return [];
  return getSubtreeUnitCodes(getDb(), { rootUnitId: user.scopeUnitId });
}
