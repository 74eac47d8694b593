"use server";

import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { z } from "zod";
import { withUser, type ActionRefusal } from "@/app/_actions/with-user";
import { getScopeUnitCodes, mayEditPlanVersions } from "@/lib/auth/session";
import type { Locale } from "@/lib/domain";
import type { EntryWarning } from "@/lib/entry";
import { entryWarningMessage } from "@/lib/entry-messages";
import { formatNumber } from "@/lib/numbers";
import { formatDateTime } from "@/lib/date-time";
import { formatPlan, type PlanFigureValue } from "@/lib/plan-format";
import { plansToSave } from "@/lib/spreadsheet/plan-template";
import { problemText, type ProblemText } from "@/lib/spreadsheet/problem-text";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES, type UploadRefusal } from "@/lib/spreadsheet/limits";
import { readUploadFile } from "@/lib/spreadsheet/read-upload";
import { planLabels, uploadLabels } from "@/lib/spreadsheet/texts";
import { figuresToSave, type UploadRow } from "@/lib/spreadsheet/upload";
import { indicatorName } from "@/lib/indicator-names";
import { commitUpload as saveUpload } from "@/server/commit-upload";
import { appContext } from "@/server/views/context";
import { unitSummary } from "@/server/views/units";
import { checkUpload, seenRevisions, type CheckedUpload } from "@/server/views/upload";

export type UploadPreviewState =
  | { status: "idle" }
  | {
      status: "checked";
      kind: "actuals" | "plans";
      summary: string | null;
      problems: ProblemText[];
      /** What saving will ask the official to confirm, as the entry form asks it. */
      warnings: ProblemText[];
      figures: { row: number; indicator: string; current: string; incoming: string; change: string }[];
      /** Figures that saving would write. */
      toSave: number;
      /** The stored revisions this preview saw, by figure: saving is refused where one has moved on since. */
      seen: string;
    };

export type UploadCommitState =
  | { status: "idle" }
  | { status: "refused"; message: string; problems: ProblemText[] }
  | { status: "needs_confirmation"; message: string; warnings: ProblemText[] }
  | { status: "saved"; message: string; saved: number };

type Unit = { id: number; code: string; name: string };

/** The rows of an uploaded file, or why it was not read (too large, not UTF-8, not a template). */
async function readFile(file: FormDataEntryValue | null): Promise<{ ok: true; rows: UploadRow[] } | { ok: false; problem: ProblemText }> {
  const t = await getTranslations("spreadsheet");
  const refused = (refusal: UploadRefusal) => ({ ok: false as const, problem: { row: null, column: "—", reason: refusalText(refusal, t) } });
  if (!(file instanceof File)) return refused({ code: "unreadableFile" });
  // Checked before the bytes are read, as the browser checks it before sending.
  if (file.size > MAX_UPLOAD_BYTES) return refused({ code: "tooLarge", maxMegabytes: MAX_UPLOAD_MEGABYTES });
  const read = await readUploadFile(file.name, await file.arrayBuffer());
  return read.ok ? read : refused(read.refusal);
}

/** A refused file in words; "unreadableFile" and the limits are keys under "spreadsheet.problem". */
function refusalText(refusal: UploadRefusal, t: Awaited<ReturnType<typeof getTranslations<"spreadsheet">>>): string {
  switch (refusal.code) {
    case "encoding":
      return t(`problem.encoding.${refusal.found}`);
    case "unreadableFile":
      return t("problem.unreadableFile");
    case "tooLarge":
    case "unzippedTooLarge":
      return t(`problem.${refusal.code}`, { max: formatNumber(refusal.maxMegabytes, 0) });
    default:
      return t(`problem.${refusal.code}`, { max: formatNumber(refusal.max, 0) });
  }
}

/** Every problem of a checked file, by row, column and reason in the interface language. */
async function describeProblems(checked: CheckedUpload): Promise<ProblemText[]> {
  const t = await getTranslations("spreadsheet");
  const labels = checked.kind === "plans" ? planLabels() : uploadLabels();
  const names: Record<string, string> = { ...labels.meta, ...labels.columns };
  // Problem codes are built at run time, so the catalogue's typed keys cannot check them here.
  const translate = (key: string, params: Record<string, string | number>) => t(key as "problem.noHeader", params);
  return checked.preview.problems.map((p) => problemText(p, names, translate));
}

/** Each figure's warnings in the words of the entry form (lib/entry-messages.ts), by row and indicator. */
async function describeWarnings(figures: { row: number | null; indicatorId: number; warnings: EntryWarning[] }[], indicators: { id: number; code: string; decimals: number }[]): Promise<ProblemText[]> {
  const t = await getTranslations();
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  return figures.flatMap((f) => {
    const indicator = indicators.find((i) => i.id === f.indicatorId);
    return f.warnings.map((w) => {
      const { key, params } = entryWarningMessage(w, { number: (v) => formatNumber(v, indicator?.decimals ?? 0, locale), status: (s) => tc(`figureStatus.${s}`) });
      return { row: f.row, column: indicator?.code ?? "—", reason: t(key as "entry.save", params) };
    });
  });
}

const uploadSchema = z.object({ unitId: z.coerce.number().int().positive() });
const commitSchema = uploadSchema.extend({
  /** JSON of the revisions the preview saw; anything malformed counts as having seen nothing. */
  seen: z.string().max(200_000),
  confirm: z.literal("yes").optional(),
});

/**
 * Checks an uploaded template and says what saving it would change. It reads only: nothing is
 * written here. Signed-in editors of the unit (or admins) only, like manual entry.
 */
export const previewUpload = withUser(uploadSchema, { unitId: (input) => input.unitId }, async ({ unitId }, { user, formData }): Promise<UploadPreviewState> => {
  const ctx = appContext();
  const unit = (await unitSummary(ctx, { unitId }))!;
  const file = await readFile(formData.get("file"));
  if (!file.ok) return { status: "checked", kind: "actuals", summary: null, problems: [file.problem], warnings: [], figures: [], toSave: 0, seen: "{}" };
  const checked = await checkUpload(ctx, { unit, rows: file.rows, scopeUnitCodes: await getScopeUnitCodes(user), planVersions: await mayEditPlanVersions(user, unitId) });
  const problems = await describeProblems(checked);
  const seen = JSON.stringify(seenRevisions(checked));
  return checked.kind === "plans" ? describePlans(unit, checked, problems, seen) : describeActuals(unit, checked, problems, seen);
});

async function describeActuals(unit: Unit, checked: Extract<CheckedUpload, { kind: "actuals" }>, problems: ProblemText[], seen: string): Promise<UploadPreviewState> {
  const t = await getTranslations("spreadsheet");
  const tPeriod = await getTranslations("common.period");
  const locale = (await getLocale()) as Locale;
  const { preview } = checked;
  const byId = new Map(checked.indicators.map((i) => [i.id, i]));
  const show = (v: number | null | undefined, decimals: number) => (v === null || v === undefined ? "—" : formatNumber(v, decimals, locale));
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const f of preview.figures) counts[f.change] += 1;
  return {
    status: "checked",
    kind: "actuals",
    summary: checked.periodKnown
      ? t("upload.summary", { unit: unit.name, period: tPeriod(checked.period), year: checked.year, rows: preview.figures.length, ...counts })
      : null,
    problems,
    warnings: await describeWarnings(preview.figures, checked.indicators),
    figures: preview.figures.map((f) => {
      const indicator = byId.get(f.indicatorId)!;
      return {
        row: f.row,
        indicator: `${indicator.code} · ${indicatorName(indicator, locale)}`,
        current: show(f.current?.value, indicator.decimals),
        incoming: show(f.value, indicator.decimals),
        change: t(`upload.change.${f.change}`),
      };
    }),
    toSave: figuresToSave(preview).length,
    seen,
  };
}

async function describePlans(unit: Unit, checked: Extract<CheckedUpload, { kind: "plans" }>, problems: ProblemText[], seen: string): Promise<UploadPreviewState> {
  const t = await getTranslations("spreadsheet");
  const tVersion = await getTranslations("common.planVersion");
  const locale = (await getLocale()) as Locale;
  const { preview } = checked;
  const byId = new Map(checked.indicators.map((i) => [i.id, i]));
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const p of preview.plans) counts[p.change] += 1;
  const show = (p: PlanFigureValue | null, decimals: number) => (p === null ? "—" : formatPlan(p, decimals, locale));
  return {
    status: "checked",
    kind: "plans",
    summary: preview.year !== null ? t("upload.planSummary", { unit: unit.name, year: preview.year, rows: preview.plans.length, ...counts }) : null,
    problems,
    warnings: [],
    figures: preview.plans.map((p) => {
      const indicator = byId.get(p.indicatorId)!;
      return {
        row: p.row,
        indicator: `${indicator.code} · ${indicatorName(indicator, locale)} · ${tVersion(p.version)}`,
        current: show(p.current, indicator.decimals),
        incoming: show(p, indicator.decimals),
        change: t(`upload.change.${p.change}`),
      };
    }),
    toSave: plansToSave(preview).length,
    seen,
  };
}

function parseSeen(text: string): Record<string, number> {
  try {
    const parsed = z.record(z.string(), z.number().int().min(0)).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Saves a checked upload. The file is read and checked again on the server (figures sent by the
 * browser are never trusted), then saved through the entry form's validation and writer: see
 * server/commit-upload.ts. A file that changes nothing writes nothing.
 */
export const commitUpload = withUser(commitSchema, { unitId: (input) => input.unitId }, async ({ unitId, seen, confirm }, { user, formData }): Promise<UploadCommitState | ActionRefusal> => {
  const t = await getTranslations("spreadsheet");
  const tEntry = await getTranslations("entry");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const ctx = appContext();
  const unit = (await unitSummary(ctx, { unitId }))!;
  const file = await readFile(formData.get("file"));
  if (!file.ok) return { status: "refused", message: t("commit.refused"), problems: [file.problem] };
  const result = await saveUpload(ctx, {
    unit,
    rows: file.rows,
    scopeUnitCodes: await getScopeUnitCodes(user),
    planVersions: await mayEditPlanVersions(user, unitId),
    seen: parseSeen(seen),
    confirmed: confirm === "yes",
    userId: user.id,
  });
  if (result.ok) {
    if (result.saved === 0) return { status: "saved", message: t("upload.nothingToSave"), saved: 0 };
    return { status: "saved", message: result.checked.kind === "plans" ? t("commit.plansSaved", { count: result.saved }) : tEntry("result.saved", { count: result.saved }), saved: result.saved };
  }
  // Refused as the plan form refuses it: the preview has already shown which rows and why.
  if (result.reason === "forbidden") return { ok: false, error: "forbidden", reason: "higherLevelPlan" };
  if (result.reason === "problems") return { status: "refused", message: t("commit.refused"), problems: await describeProblems(result.checked) };

  const { checked } = result;
  const indicator = (id: number) => checked.indicators.find((i) => i.id === id);
  const number = (id: number, v: number) => formatNumber(v, indicator(id)?.decimals ?? 0, locale);
  const timeZone = await getTimeZone();
  const dateTime = (ms: number) => formatDateTime(ms, "dateTime", { locale, timeZone });
  const rowOf = (id: number) =>
    (checked.kind === "plans" ? checked.preview.plans.find((p) => p.indicatorId === id)?.row : checked.preview.figures.find((f) => f.indicatorId === id)?.row) ?? null;
  const at = (id: number) => ({ row: rowOf(id), column: indicator(id)?.code ?? "—" });

  switch (result.reason) {
    case "plan_conflict":
      return {
        status: "refused",
        message: tEntry("result.conflict"),
        problems: result.conflicts.map((c) => ({
          ...at(c.indicatorId),
          reason: t("commit.planConflict", { who: c.updatedBy ?? tEntry("history.seed"), when: dateTime(c.updatedAt), value: number(c.indicatorId, c.value) }),
        })),
      };
    case "conflict":
      return {
        status: "refused",
        message: tEntry("result.conflict"),
        problems: result.conflicts.map((c) => ({
          ...at(c.indicatorId),
          reason: t("commit.conflict", {
            who: c.updatedBy ?? tEntry("history.seed"),
            when: dateTime(c.updatedAt),
            value: number(c.indicatorId, c.value),
            status: tc(`figureStatus.${c.status}`),
          }),
        })),
      };
    case "needs_confirmation":
      return {
        status: "needs_confirmation",
        message: t("commit.needsConfirmation"),
        warnings: await describeWarnings(
          Object.entries(result.warnings).map(([id, warnings]) => ({ indicatorId: Number(id), row: rowOf(Number(id)), warnings })),
          checked.indicators,
        ),
      };
  }
});
