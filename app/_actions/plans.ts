"use server";

import { savePlans as writePlans, type PlanConflict } from "@/db/mutations/plans";
import { planFormSchema } from "@/lib/entry-params";
import { readPlanSubmission, validatePlans, type PlanIssue } from "@/lib/plans";
import { appContext } from "@/server/views/context";
import { planFormView } from "@/server/views/plans";
import { withUser } from "./with-user";

export type SavePlansState =
  | { ok: true; saved: number; revisions: Record<number, number> }
  | { ok: false; error: "figures"; errors: Record<string, PlanIssue> }
  | { ok: false; error: "conflict"; conflicts: PlanConflict[] };

/** Sets a unit's plans of one version for a year, with the decision they come from. */
export const savePlans = withUser(
  planFormSchema,
  { unitId: (input) => input.unitId, planVersion: (input) => input.version },
  async ({ unitId, year, version, documentNumber, documentDate }, { user, form }): Promise<SavePlansState> => {
    const ctx = appContext();
    const { rows } = await planFormView(ctx, { unitId, year, version });
    const submission = readPlanSubmission(form, rows.map((r) => r.indicator.id));
    const { plans, errors, document } = validatePlans(rows, submission, { number: documentNumber, date: documentDate });
    if (Object.keys(errors).length > 0) return { ok: false, error: "figures", errors };
    if (plans.length === 0) return { ok: true, saved: 0, revisions: {} };
    const result = await writePlans(ctx.db, { unitId, year, version, document, plans, userId: user.id });
    if (!result.ok) return { ok: false, error: "conflict", conflicts: result.conflicts };
    return { ok: true, saved: plans.length, revisions: result.revisions };
  },
);
