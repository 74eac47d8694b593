import "server-only";
import { z } from "zod";
import { getCurrentUser, mayEditPlanVersions, mayEditUnit, type SessionUser } from "@/lib/auth/session";
import type { PlanVersion } from "@/lib/domain";
import { isAdmin } from "@/lib/auth/scope";

/** Why an action refused to run; the form translates the code (messages "actions.error.*"). */
export type ActionRefusal = {
  ok: false;
  error: "unauthenticated" | "forbidden" | "invalid";
  /** Field name → message key, for fields the schema rejected. */
  fieldErrors?: Record<string, { code: string }>;
  /** Why it is forbidden, where more can be said than "not your unit" (a message key beside the error's). */
  reason?: "higherLevelPlan";
};

/**
 * Who may run the action: admins only, or whoever may edit the unit the input names, and where the
 * input names a plan version, whoever may set that version of the unit's plans.
 */
export type Access<I> = { admin: true } | { unitId: (input: I) => number; planVersion?: (input: I) => PlanVersion };

/**
 * Every mutation goes through here: it loads the session, parses the form with zod, checks the
 * unit scope (or admin rights) on the server, and only then runs the action. Server actions are
 * public endpoints, so none of this may be left to the interface.
 */
export function withUser<S extends z.ZodType, R>(
  schema: S,
  access: Access<z.infer<S>>,
  run: (input: z.infer<S>, context: { user: SessionUser; form: Record<string, string>; formData: FormData }) => Promise<R>,
): (previous: unknown, formData: FormData) => Promise<R | ActionRefusal> {
  return async (_previous, formData) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "unauthenticated" };
    // Admin-only actions refuse everyone else before reading a single field.
    if ("admin" in access && !isAdmin(user)) return { ok: false, error: "forbidden" };
    if (!(formData instanceof FormData)) return { ok: false, error: "invalid" };

    const form: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (typeof value === "string" && !key.startsWith("$ACTION")) form[key] = value;
    }
    const parsed = schema.safeParse(form);
    if (!parsed.success) {
      const fieldErrors: Record<string, { code: string }> = {};
      // Refinements name their rule in the message; other failures are a plain invalid field.
      for (const issue of parsed.error.issues) {
        fieldErrors[issue.path.join(".")] ??= { code: issue.code === "custom" ? issue.message : "invalid_field" };
      }
      return { ok: false, error: "invalid", fieldErrors };
    }
    const input = parsed.data;
    if ("unitId" in access) {
      const unitId = access.unitId(input);
      if (!(await mayEditUnit(user, unitId))) return { ok: false, error: "forbidden" };
      // Only the unit's own plan versions are its editors' to set; the higher level's is set from above.
      if (access.planVersion && !(await mayEditPlanVersions(user, unitId)).includes(access.planVersion(input))) {
        return { ok: false, error: "forbidden", reason: "higherLevelPlan" };
      }
    }
    // The raw form data too, for the uploaded file that the string fields leave out.
    return run(input, { user, form, formData });
  };
}
