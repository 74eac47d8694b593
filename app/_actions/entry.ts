"use server";

import { saveActuals as writeActuals, type FigureConflict } from "@/db/mutations/actuals";
import { getDb } from "@/db/client";
import { getEntryForm } from "@/db/queries/entry";
import { readSubmission, validateEntry, type EntryIssue, type EntryWarning } from "@/lib/entry";
import { entryFormSchema } from "@/lib/entry-params";
import { withUser } from "./with-user";

export type SaveActualsState =
  | { ok: true; saved: number; revisions: Record<number, number> }
  | { ok: false; error: "figures"; errors: Record<string, EntryIssue> }
  | { ok: false; error: "needs_confirmation"; warnings: Record<string, EntryWarning[]> }
  | { ok: false; error: "conflict"; conflicts: FigureConflict[] };

/** Saves one unit's figures for a period: validated, scope-checked, conflict-checked, all or nothing. */
export const saveActuals = withUser(
  entryFormSchema,
  { unitId: (input) => input.unitId },
  async ({ unitId, year, period, confirm }, { user, form }): Promise<SaveActualsState> => {
    const rows = await getEntryForm(getDb(), { unitId, year, period });
    const submission = readSubmission(form, rows.map((r) => r.indicator.id));
    const { figures, errors, warnings } = validateEntry(rows, submission);
    if (Object.keys(errors).length > 0) return { ok: false, error: "figures", errors };
    if (Object.keys(warnings).length > 0 && confirm !== "yes") return { ok: false, error: "needs_confirmation", warnings };
    if (figures.length === 0) return { ok: true, saved: 0, revisions: {} };
    const result = await writeActuals({ unitId, year, period, figures, userId: user.id });
    if (!result.ok) return { ok: false, error: "conflict", conflicts: result.conflicts };
    return { ok: true, saved: figures.length, revisions: result.revisions };
  },
);
