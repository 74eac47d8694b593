import "server-only";
import type { PlanVersion } from "@/lib/domain";
import type { EntryWarning } from "@/lib/entry";
import { planKey, plansToSave } from "@/lib/spreadsheet/plan-template";
import { figuresToSave, type UploadRow } from "@/lib/spreadsheet/upload";
import type { ViewContext } from "./views/context";
import { checkUpload, type CheckedUpload } from "./views/upload";
import { saveActuals, type FigureConflict } from "@/db/mutations/actuals";
import { savePlanGroups, type PlanConflict } from "@/db/mutations/plans";

export type CommitUploadResult =
  | { ok: true; saved: number; checked: CheckedUpload }
  /** The file changes a plan version the user may only read: an authorization refusal, nothing is written. */
  | { ok: false; reason: "forbidden"; checked: CheckedUpload }
  /** The file has problems: nothing is written. */
  | { ok: false; reason: "problems"; checked: CheckedUpload }
  /** Unusual figures, by indicator id: saved only once the official confirms them, as on the entry form. */
  | { ok: false; reason: "needs_confirmation"; checked: CheckedUpload; warnings: Record<number, EntryWarning[]> }
  /** Someone changed a figure after the preview: what it is now. */
  | { ok: false; reason: "conflict"; checked: CheckedUpload; conflicts: FigureConflict[] }
  | { ok: false; reason: "plan_conflict"; checked: CheckedUpload; conflicts: PlanConflict[] };

/**
 * Saves an uploaded file's rows, read again on the server by the same check as the preview (whose
 * rules are the entry form's and the plan form's own, over the typed cells), then the same writer as
 * manual entry: one transaction, a revision and an audit row per changed figure, refused whole where
 * a stored figure is no longer at the revision the preview saw (`seen`). Unusual figures wait for the
 * official's confirmation, which the audit row keeps. Unchanged figures are not written.
 */
export async function commitUpload(ctx: ViewContext, {
  unit,
  rows,
  scopeUnitCodes,
  planVersions,
  seen,
  confirmed,
  userId,
}: {
  unit: { id: number; code: string };
  rows: UploadRow[];
  scopeUnitCodes: string[] | null;
  /** The versions of the unit's plans the user may set; a file changing another is refused whole. */
  planVersions: readonly PlanVersion[];
  /** Revisions the preview saw, by figure key (see seenRevisions); a figure missing here counts as new. */
  seen: Record<string, number>;
  confirmed: boolean;
  userId: number;
}): Promise<CommitUploadResult> {
  const checked = await checkUpload(ctx, { unit, rows, scopeUnitCodes, planVersions });
  if (checked.kind === "plans" && checked.preview.problems.some((p) => p.code === "planSetAbove")) return { ok: false, reason: "forbidden", checked };
  if (checked.preview.problems.length > 0) return { ok: false, reason: "problems", checked };

  if (checked.kind === "plans") {
    const changes = plansToSave(checked.preview);
    if (changes.length === 0) return { ok: true, saved: 0, checked };
    // One group per plan version and decision, each written as the plan form writes it, all in one transaction.
    const groups = new Map<string, Parameters<typeof savePlanGroups>[1]["groups"][number]>();
    for (const p of changes) {
      const key = JSON.stringify([p.version, p.documentNumber, p.documentDate]);
      if (!groups.has(key)) groups.set(key, { version: p.version, document: { number: p.documentNumber, date: p.documentDate }, plans: [] });
      groups.get(key)!.plans.push({ ...p, expectedRevision: seen[planKey(p.indicatorId, p.version)] ?? 0 });
    }
    const result = await savePlanGroups(ctx.db, { unitId: unit.id, year: checked.year, groups: [...groups.values()], userId });
    if (!result.ok) return { ok: false, reason: "plan_conflict", checked, conflicts: result.conflicts };
    return { ok: true, saved: changes.length, checked };
  }

  const { year, period, preview } = checked;
  const changes = figuresToSave(preview);
  if (changes.length === 0) return { ok: true, saved: 0, checked };
  const warnings: Record<number, EntryWarning[]> = {};
  for (const f of preview.figures) if (f.change !== "unchanged" && f.warnings.length > 0) warnings[f.indicatorId] = f.warnings;
  if (Object.keys(warnings).length > 0 && !confirmed) return { ok: false, reason: "needs_confirmation", checked, warnings };
  const figures = changes.map((f) => ({ ...f, expectedRevision: seen[String(f.indicatorId)] ?? 0 }));
  const result = await saveActuals(ctx.db, { unitId: unit.id, year, period, figures, userId });
  if (!result.ok) return { ok: false, reason: "conflict", checked, conflicts: result.conflicts };
  return { ok: true, saved: figures.length, checked };
}
