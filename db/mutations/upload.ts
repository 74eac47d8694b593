import "server-only";
import { validateEntry, type EntryIssue, type EntryRow, type EntryWarning, type SubmittedFigure } from "@/lib/entry";
import { formatNumberInput } from "@/lib/numbers";
import { planKey, plansToSave } from "@/lib/spreadsheet/plan-template";
import { figuresToSave, type UploadRow } from "@/lib/spreadsheet/upload";
import { getEntryForm } from "../queries/entry";
import { getDb } from "../client";
import { checkUpload, type CheckedUpload } from "../queries/upload";
import { saveActuals, type FigureConflict } from "./actuals";
import { savePlanGroups, type PlanConflict } from "./plans";

export type CommitUploadResult =
  | { ok: true; saved: number; checked: CheckedUpload }
  /** The file has problems: nothing is written. */
  | { ok: false; reason: "problems"; checked: CheckedUpload }
  /** The entry form's own rules refused a figure (keyed by its field name, as on the form). */
  | { ok: false; reason: "figures"; checked: CheckedUpload; errors: Record<string, EntryIssue>; rows: EntryRow[] }
  /** Unusual figures, saved only once the official confirms them, as on the entry form. */
  | { ok: false; reason: "needs_confirmation"; checked: CheckedUpload; warnings: Record<string, EntryWarning[]>; rows: EntryRow[] }
  /** Someone changed a figure after the preview: what it is now. */
  | { ok: false; reason: "conflict"; checked: CheckedUpload; conflicts: FigureConflict[]; rows: EntryRow[] }
  | { ok: false; reason: "plan_conflict"; checked: CheckedUpload; conflicts: PlanConflict[] };

/**
 * Saves an uploaded file's rows, read again on the server: the same check as the preview, then the
 * entry form's validation (warnings need the same confirmation), then the same writer as manual
 * entry: one transaction, a revision and an audit row per changed figure, refused whole where a
 * stored figure is no longer at the revision the preview saw (`seen`). Unchanged figures are not written.
 */
export async function commitUpload({
  unit,
  rows,
  scopeUnitCodes,
  seen,
  confirmed,
  userId,
}: {
  unit: { id: number; code: string };
  rows: UploadRow[];
  scopeUnitCodes: string[] | null;
  /** Revisions the preview saw, by figure key (see seenRevisions); a figure missing here counts as new. */
  seen: Record<string, number>;
  confirmed: boolean;
  userId: number;
}): Promise<CommitUploadResult> {
  const checked = await checkUpload({ unit, rows, scopeUnitCodes });
  if (checked.preview.problems.length > 0) return { ok: false, reason: "problems", checked };

  if (checked.kind === "plans") {
    const changes = plansToSave(checked.preview);
    if (changes.length === 0) return { ok: true, saved: 0, checked };
    // One group per plan version and decision, each written as the plan form writes it, all in one transaction.
    const groups = new Map<string, Parameters<typeof savePlanGroups>[0]["groups"][number]>();
    for (const p of changes) {
      const key = JSON.stringify([p.version, p.documentNumber, p.documentDate]);
      if (!groups.has(key)) groups.set(key, { version: p.version, document: { number: p.documentNumber, date: p.documentDate }, plans: [] });
      groups.get(key)!.plans.push({ ...p, expectedRevision: seen[planKey(p.indicatorId, p.version)] ?? 0 });
    }
    const result = await savePlanGroups({ unitId: unit.id, year: checked.year, groups: [...groups.values()], userId });
    if (!result.ok) return { ok: false, reason: "plan_conflict", checked, conflicts: result.conflicts };
    return { ok: true, saved: changes.length, checked };
  }

  const changes = figuresToSave(checked.preview);
  if (changes.length === 0) return { ok: true, saved: 0, checked };
  const { year, period, preview } = checked;
  // The file becomes the entry form's submission, so the form's rules and warnings apply to it unchanged.
  const entryRows = await getEntryForm(getDb(), { unitId: unit.id, year, period });
  const submission = new Map<number, SubmittedFigure>();
  for (const f of changes) {
    const indicator = entryRows.find((r) => r.indicator.id === f.indicatorId)!.indicator;
    const current = preview.figures.find((p) => p.indicatorId === f.indicatorId)!.current;
    submission.set(f.indicatorId, {
      value: indicator.kind === "ratio" ? "" : formatNumberInput(f.value, indicator.kind === "count" ? 0 : indicator.decimals),
      numerator: f.numerator === null ? "" : formatNumberInput(f.numerator, 0),
      denominator: f.denominator === null ? "" : formatNumberInput(f.denominator, 0),
      status: f.status,
      // A blank note in the file keeps the stored one, as the preview said.
      note: f.note ?? current?.note ?? "",
      revision: String(seen[String(f.indicatorId)] ?? 0),
    });
  }
  const { figures, errors, warnings } = validateEntry(entryRows, submission);
  if (Object.keys(errors).length > 0) return { ok: false, reason: "figures", checked, errors, rows: entryRows };
  if (Object.keys(warnings).length > 0 && !confirmed) return { ok: false, reason: "needs_confirmation", checked, warnings, rows: entryRows };
  if (figures.length === 0) return { ok: true, saved: 0, checked };
  const result = await saveActuals({ unitId: unit.id, year, period, figures, userId });
  if (!result.ok) return { ok: false, reason: "conflict", checked, conflicts: result.conflicts, rows: entryRows };
  return { ok: true, saved: figures.length, checked };
}
