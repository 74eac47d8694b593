import { z } from "zod";
import { plainText } from "./free-text";
import { ROLES } from "./domain";
import { MIN_PASSWORD_LENGTH } from "./auth/password-policy";

/** A new account as an administrator creates it; an editor needs the official code of the unit they work for. */
export const userFormSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,32}$/),
    displayName: plainText(100, 1),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
    role: z.enum(ROLES),
    scopeUnitCode: z
      .string()
      .trim()
      .max(20)
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .refine((v) => v.role !== "editor" || v.scopeUnitCode !== null, { path: ["scopeUnitCode"], message: "scope_required" });

export type UserForm = z.infer<typeof userFormSchema>;

/** An account whose sessions an administrator ends everywhere. */
export const userSessionsSchema = z.object({
  userId: z.string().regex(/^[1-9][0-9]{0,14}$/).transform(Number),
});

export const userStatusSchema = z.object({
  userId: z.coerce.number().int().positive(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
