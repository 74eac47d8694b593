"use server";

import { z } from "zod";
import { plainText } from "@/lib/free-text";
import { createFirstAdmin } from "@/db/mutations/users";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { hasAccounts } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export type SetupState =
  | { ok: true }
  | { ok: false; error: "users_exist" | "invalid"; fieldErrors?: Record<string, { code: string }> };

const setupSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,32}$/),
    displayName: plainText(100, 1),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
    passwordAgain: z.string(),
  })
  .refine((v) => v.password === v.passwordAgain, { path: ["passwordAgain"], message: "mismatch" });

/**
 * First run: creates the administrator of an installation that has no users yet. The only mutation
 * without a signed-in user, so it refuses as soon as any account exists (checked again in the transaction).
 */
export async function createAdmin(_previous: unknown, formData: FormData): Promise<SetupState> {
  if (await hasAccounts(appContext())) return { ok: false, error: "users_exist" };
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, { code: string }> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= { code: String(issue.path[0]) };
    return { ok: false, error: "invalid", fieldErrors };
  }
  const { username, displayName, password } = parsed.data;
  const result = await createFirstAdmin(appContext().db, { username, displayName, passwordHash: await hashPassword(password) });
  return result.ok ? { ok: true } : { ok: false, error: result.reason };
}
