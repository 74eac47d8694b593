"use server";

import { saveActuals as writeActuals, type FigureConflict } from "@/db/mutations/actuals";
import type { EntryIssue, EntryWarning } from "@/lib/entry";
import { entryFormSchema } from "@/lib/entry-params";
import { appContext } from "@/server/views/context";
import { checkEntry } from "@/server/views/entry";
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
    // Judged against the rows the form showed, completed across the reform.
    const ctx = appContext();
    const checked = await checkEntry(ctx, { unitId, year, period, form, confirm });
    if (!checked.ok) return checked;
    const { figures } = checked;
    if (figures.length === 0) return { ok: true, saved: 0, revisions: {} };
    const result = await writeActuals(ctx.db, { unitId, year, period, figures, userId: user.id });
    if (!result.ok) return { ok: false, error: "conflict", conflicts: result.conflicts };
    return { ok: true, saved: figures.length, revisions: result.revisions };
  },
);
