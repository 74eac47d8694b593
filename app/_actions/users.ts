"use server";

import { revalidatePath } from "next/cache";
import { createUser as insertUser, endSessions, setUserDisabled as updateUserDisabled } from "@/db/mutations/users";
import { hashPassword } from "@/lib/auth/password";
import { userFormSchema, userSessionsSchema, userStatusSchema } from "@/lib/user-params";
import { withUser } from "./with-user";
import { appContext } from "@/server/views/context";

export type CreateUserState =
  | { ok: true; username: string }
  | { ok: false; error: "rejected"; fieldErrors: Record<string, { code: string }> };

/** Creates an account; administrators only. */
export const createUser = withUser(userFormSchema, { admin: true }, async ({ password, ...user }, { user: actor }): Promise<CreateUserState> => {
  const result = await insertUser(appContext().db, { user, passwordHash: await hashPassword(password), actorId: actor.id });
  if (!result.ok) return { ok: false, error: "rejected", fieldErrors: { [result.field]: { code: result.reason } } };
  return { ok: true, username: user.username };
});

export type UserStatusState = { ok: true } | { ok: false; error: "self" | "not_found" };

/** Disables or re-enables an account; administrators only. A disabled account loses its session at once. */
export const setUserDisabled = withUser(userStatusSchema, { admin: true }, async ({ userId, disabled }, { user }): Promise<UserStatusState> => {
  const result = await updateUserDisabled(appContext().db, { userId, disabled, actorId: user.id });
  return result.ok ? { ok: true } : { ok: false, error: result.reason };
});

/** The same, as a plain form action for the accounts table: the page re-renders with the new status. */
export async function toggleUserDisabled(formData: FormData): Promise<void> {
  await setUserDisabled(null, formData);
  revalidatePath("/admin/users");
}

export type EndSessionsState = { ok: true } | { ok: false; error: "not_found" };

/** Ends every session of an account at once ("sign out everywhere"); administrators only, audited. */
export const endUserSessions = withUser(userSessionsSchema, { admin: true }, async ({ userId }, { user }): Promise<EndSessionsState> => {
  const result = await endSessions(appContext().db, { userId, actorId: user.id });
  return result.ok ? { ok: true } : { ok: false, error: result.reason };
});

/** The same, as a plain form action for the accounts table. */
export async function signOutEverywhere(formData: FormData): Promise<void> {
  await endUserSessions(null, formData);
  revalidatePath("/admin/users");
}
