"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { saveActuals as writeActuals } from "@/db/mutations/actuals";
import { savePlanGroups } from "@/db/mutations/plans";
import { getEntryForm } from "@/db/queries/entry";
import { getUnitReportData } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { getCurrentFigures, getCurrentPlans } from "@/db/queries/upload";
import { withUser } from "@/app/_actions/with-user";
import { getScopeUnitCodes, type SessionUser } from "@/lib/auth/session";
import type { Locale, Period } from "@/lib/domain";
import { validateEntry, type SubmittedFigure } from "@/lib/entry";
import { formatNumber, formatNumberInput } from "@/lib/numbers";
import { isPlanTemplate, planFileYear, planKey, plansToSave, validatePlanUpload, type PlanPreview } from "@/lib/spreadsheet/plan-template";
import { readUploadFile } from "@/lib/spreadsheet/read-upload";
import { planLabels, uploadLabels } from "@/lib/spreadsheet/texts";
import type { UploadPreview, UploadRow } from "@/lib/spreadsheet/upload";
import { figuresToSave, readUploadLayout, validateUpload } from "@/lib/spreadsheet/upload";
import type { IndicatorDef } from "@/lib/report";

type Problem = { row: number | null; column: string; reason: string };

export type UploadPreviewState =
  | { status: "idle" }
  | {
      status: "checked";
      kind: "actuals" | "plans";
      summary: string | null;
      problems: Problem[];
      figures: { row: number; indicator: string; current: string; incoming: string; change: string }[];
      /** Figures that saving would write. */
      toSave: number;
      /** The stored revisions this preview saw, by figure: saving is refused where one has moved on since. */
      seen: string;
    };

export type UploadCommitState =
  | { status: "idle" }
  | { status: "refused"; message: string; problems: Problem[] }
  | { status: "needs_confirmation"; message: string; warnings: Problem[] }
  | { status: "saved"; message: string; saved: number };

const MAX_BYTES = 2 * 1024 * 1024;

type Unit = { id: number; code: string; name: string };
type Checked =
  | { kind: "unreadable" }
  | { kind: "actuals"; year: number; period: Period; preview: UploadPreview; indicators: IndicatorDef[]; summaryKnown: boolean }
  | { kind: "plans"; year: number; preview: PlanPreview; indicators: IndicatorDef[] };

/** Reads an uploaded file and checks it against the unit's stored figures and the user's units. Reads only. */
async function checkFile(unit: Unit, file: FormDataEntryValue | null, user: SessionUser): Promise<Checked> {
  if (!(file instanceof File) || file.size === 0 || file.size > MAX_BYTES) return { kind: "unreadable" };
  const rows: UploadRow[] | null = await readUploadFile(file.name, await file.arrayBuffer());
  if (!rows) return { kind: "unreadable" };
  const scopeUnitCodes = await getScopeUnitCodes(user);

  if (isPlanTemplate(rows, planLabels())) {
    const year = planFileYear(rows, planLabels()) ?? new Date().getFullYear();
    const [data, current] = await Promise.all([getUnitReportData({ unitId: unit.id, year }), getCurrentPlans({ unitId: unit.id, year })]);
    const preview = validatePlanUpload(rows, planLabels(), { unit, scopeUnitCodes, indicators: data.indicators, current });
    return { kind: "plans", year, preview, indicators: data.indicators };
  }
  const labels = uploadLabels();
  const layout = readUploadLayout(rows, labels);
  const year = layout.year ?? new Date().getFullYear();
  const period = layout.period ?? "FY";
  const [data, current] = await Promise.all([getUnitReportData({ unitId: unit.id, year }), getCurrentFigures({ unitId: unit.id, year, period })]);
  const preview = validateUpload(layout, labels, { unit, scopeUnitCodes, indicators: data.indicators, current });
  return { kind: "actuals", year, period, preview, indicators: data.indicators, summaryKnown: layout.year !== null && layout.period !== null };
}

/** Every problem of a checked file, by row, column and reason in the interface language. */
async function describeProblems(checked: Exclude<Checked, { kind: "unreadable" }>): Promise<Problem[]> {
  const t = await getTranslations("spreadsheet");
  const labels = checked.kind === "plans" ? planLabels() : uploadLabels();
  const names: Record<string, string> = { ...labels.meta, ...labels.columns };
  return checked.preview.problems.map((p) => ({
    row: p.row,
    column: p.column ? `${p.column}${p.field ? ` (${names[p.field]})` : ""}` : p.field ? names[p.field]! : "—",
    // Reason codes are keys of the catalogue, "number.decimal_dot" included.
    reason: t(`problem.${p.code}` as "problem.noHeader", p.params),
  }));
}

/** The revisions a preview saw, by figure key: what the commit holds the stored figures to. */
function seenRevisions(checked: Exclude<Checked, { kind: "unreadable" }>): Record<string, number> {
  if (checked.kind === "plans") return Object.fromEntries(checked.preview.plans.map((p) => [planKey(p.indicatorId, p.version), p.current?.revision ?? 0]));
  return Object.fromEntries(checked.preview.figures.map((f) => [String(f.indicatorId), f.current?.revision ?? 0]));
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
  const t = await getTranslations("spreadsheet");
  const unit = (await getUnit({ unitId }))!;
  const checked = await checkFile(unit, formData.get("file"), user);
  if (checked.kind === "unreadable") {
    return { status: "checked", kind: "actuals", summary: null, problems: [{ row: null, column: "—", reason: t("problem.unreadableFile") }], figures: [], toSave: 0, seen: "{}" };
  }
  const problems = await describeProblems(checked);
  const seen = JSON.stringify(seenRevisions(checked));
  return checked.kind === "plans" ? describePlans(unit, checked, problems, seen) : describeActuals(unit, checked, problems, seen);
});

async function describeActuals(unit: Unit, checked: Extract<Checked, { kind: "actuals" }>, problems: Problem[], seen: string): Promise<UploadPreviewState> {
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
    summary: checked.summaryKnown
      ? t("upload.summary", { unit: unit.name, period: tPeriod(checked.period), year: checked.year, rows: preview.figures.length, ...counts })
      : null,
    problems,
    figures: preview.figures.map((f) => {
      const indicator = byId.get(f.indicatorId)!;
      return {
        row: f.row,
        indicator: `${indicator.code} · ${locale === "vi" ? indicator.nameVi : indicator.nameEn}`,
        current: show(f.current?.value, indicator.decimals),
        incoming: show(f.value, indicator.decimals),
        change: t(`upload.change.${f.change}`),
      };
    }),
    toSave: figuresToSave(preview).length,
    seen,
  };
}

async function describePlans(unit: Unit, checked: Extract<Checked, { kind: "plans" }>, problems: Problem[], seen: string): Promise<UploadPreviewState> {
  const t = await getTranslations("spreadsheet");
  const tVersion = await getTranslations("common.planVersion");
  const tComparator = await getTranslations("common.comparator");
  const locale = (await getLocale()) as Locale;
  const { preview } = checked;
  const byId = new Map(checked.indicators.map((i) => [i.id, i]));
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const p of preview.plans) counts[p.change] += 1;
  const show = (p: { comparator: "gte" | "lte" | "eq" | "range"; value: number; valueMax: number | null } | null, decimals: number) =>
    p === null
      ? "—"
      : `${tComparator(p.comparator)} ${formatNumber(p.value, decimals, locale)}${p.valueMax !== null ? ` – ${formatNumber(p.valueMax, decimals, locale)}` : ""}`;
  return {
    status: "checked",
    kind: "plans",
    summary: preview.year !== null ? t("upload.planSummary", { unit: unit.name, year: preview.year, rows: preview.plans.length, ...counts }) : null,
    problems,
    figures: preview.plans.map((p) => {
      const indicator = byId.get(p.indicatorId)!;
      return {
        row: p.row,
        indicator: `${indicator.code} · ${locale === "vi" ? indicator.nameVi : indicator.nameEn} · ${tVersion(p.version)}`,
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
 * Saves a checked upload. The file is read and checked again here (figures sent by the browser are
 * never trusted), then goes through the same validation as the entry form (warnings wait for the
 * same confirmation) and the same writer: one transaction, a revision and an audit row per figure,
 * refused whole where a stored figure moved on since the preview. A file without changes writes nothing.
 */
export const commitUpload = withUser(commitSchema, { unitId: (input) => input.unitId }, async ({ unitId, seen, confirm }, { user, formData }): Promise<UploadCommitState> => {
  const t = await getTranslations("spreadsheet");
  const unit = (await getUnit({ unitId }))!;
  const checked = await checkFile(unit, formData.get("file"), user);
  if (checked.kind === "unreadable") return { status: "refused", message: t("commit.refused"), problems: [{ row: null, column: "—", reason: t("problem.unreadableFile") }] };
  if (checked.preview.problems.length > 0) return { status: "refused", message: t("commit.refused"), problems: await describeProblems(checked) };
  const revisions = parseSeen(seen);
  return checked.kind === "plans" ? commitPlans(unit, checked, revisions, user) : commitActuals(unit, checked, revisions, user, confirm === "yes");
});

async function commitActuals(
  unit: Unit,
  checked: Extract<Checked, { kind: "actuals" }>,
  seen: Record<string, number>,
  user: SessionUser,
  confirmed: boolean,
): Promise<UploadCommitState> {
  const t = await getTranslations("spreadsheet");
  const tEntry = await getTranslations("entry");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const { year, period, preview } = checked;
  const changes = figuresToSave(preview);
  if (changes.length === 0) return { status: "saved", message: t("upload.nothingToSave"), saved: 0 };

  // The upload becomes the entry form's submission, so the same rules (and warnings) apply to it.
  const rows = await getEntryForm({ unitId: unit.id, year, period });
  const submission = new Map<number, SubmittedFigure>();
  for (const f of changes) {
    const indicator = rows.find((r) => r.indicator.id === f.indicatorId)!.indicator;
    const current = preview.figures.find((p) => p.indicatorId === f.indicatorId)!.current;
    submission.set(f.indicatorId, {
      value: indicator.kind === "ratio" ? "" : formatNumberInput(f.value, indicator.decimals),
      numerator: f.numerator === null ? "" : formatNumberInput(f.numerator, 0),
      denominator: f.denominator === null ? "" : formatNumberInput(f.denominator, 0),
      status: f.status,
      // A blank note in the file keeps the stored one, as the preview said.
      note: f.note ?? current?.note ?? "",
      revision: String(seen[String(f.indicatorId)] ?? 0),
    });
  }
  const rowOf = (indicatorId: number) => preview.figures.find((f) => f.indicatorId === indicatorId)!.row;
  const codeOf = (indicatorId: number) => preview.figures.find((f) => f.indicatorId === indicatorId)!.indicatorCode;
  const { figures, errors, warnings } = validateEntry(rows, submission);
  const idOf = (key: string) => Number(key.slice(key.indexOf(".") + 1));
  if (Object.keys(errors).length > 0) {
    return {
      status: "refused",
      message: t("commit.refused"),
      problems: Object.entries(errors).map(([key, issue]) => ({
        row: rowOf(idOf(key)),
        column: codeOf(idOf(key)),
        reason: issue.code === "number" ? t(`problem.number.${issue.error}` as "problem.noHeader", { value: "", suggestion: issue.suggestion ?? "", decimals: issue.decimals ?? 0 }) : tEntry(`issue.${issue.code}` as "issue.required", "max" in issue ? { max: issue.max } : {}),
      })),
    };
  }
  if (Object.keys(warnings).length > 0 && !confirmed) {
    const decimalsOf = (indicatorId: number) => rows.find((r) => r.indicator.id === indicatorId)!.indicator.decimals;
    return {
      status: "needs_confirmation",
      message: t("commit.needsConfirmation"),
      warnings: Object.entries(warnings).flatMap(([key, list]) =>
        list.map((w) => ({
          row: rowOf(idOf(key)),
          column: codeOf(idOf(key)),
          reason:
            w.code === "below_previous_period"
              ? tEntry("warning.below_previous_period", { previous: formatNumber(w.previous, decimalsOf(idOf(key)), locale) })
              : w.code === "far_from_last_year"
                ? tEntry("warning.far_from_last_year", { lastYear: formatNumber(w.lastYear, decimalsOf(idOf(key)), locale) })
                : tEntry("warning.status_downgrade", { from: tc(`figureStatus.${w.from}`), to: tc(`figureStatus.${w.to}`) }),
        })),
      ),
    };
  }
  if (figures.length === 0) return { status: "saved", message: t("upload.nothingToSave"), saved: 0 };
  const result = await writeActuals({ unitId: unit.id, year, period, figures, userId: user.id });
  if (!result.ok) {
    const dateTime = (ms: number) => new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" }).format(ms);
    return {
      status: "refused",
      message: tEntry("result.conflict"),
      problems: result.conflicts.map((c) => ({
        row: rowOf(c.indicatorId),
        column: codeOf(c.indicatorId),
        reason: t("commit.conflict", {
          who: c.updatedBy ?? tEntry("history.seed"),
          when: dateTime(c.updatedAt),
          value: formatNumber(c.value, rows.find((r) => r.indicator.id === c.indicatorId)!.indicator.decimals, locale),
          status: tc(`figureStatus.${c.status}`),
        }),
      })),
    };
  }
  return { status: "saved", message: tEntry("result.saved", { count: figures.length }), saved: figures.length };
}

async function commitPlans(unit: Unit, checked: Extract<Checked, { kind: "plans" }>, seen: Record<string, number>, user: SessionUser): Promise<UploadCommitState> {
  const t = await getTranslations("spreadsheet");
  const tEntry = await getTranslations("entry");
  const locale = (await getLocale()) as Locale;
  const { year, preview } = checked;
  const changes = plansToSave(preview);
  if (changes.length === 0) return { status: "saved", message: t("upload.nothingToSave"), saved: 0 };
  // One group per plan version and decision: each is written as the plan form writes it, all in one transaction.
  const groups = new Map<string, { version: (typeof changes)[number]["version"]; document: { number: string | null; date: string | null }; plans: typeof changes }>();
  for (const p of changes) {
    const key = JSON.stringify([p.version, p.documentNumber, p.documentDate]);
    if (!groups.has(key)) groups.set(key, { version: p.version, document: { number: p.documentNumber, date: p.documentDate }, plans: [] });
    groups.get(key)!.plans.push({ ...p, expectedRevision: seen[planKey(p.indicatorId, p.version)] ?? 0 });
  }
  const result = await savePlanGroups({ unitId: unit.id, year, groups: [...groups.values()], userId: user.id });
  if (!result.ok) {
    const dateTime = (ms: number) => new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "short" }).format(ms);
    const byId = new Map(checked.indicators.map((i) => [i.id, i]));
    return {
      status: "refused",
      message: tEntry("result.conflict"),
      problems: result.conflicts.map((c) => ({
        row: preview.plans.find((p) => p.indicatorId === c.indicatorId)?.row ?? null,
        column: byId.get(c.indicatorId)?.code ?? "—",
        reason: t("commit.planConflict", {
          who: c.updatedBy ?? tEntry("history.seed"),
          when: dateTime(c.updatedAt),
          value: formatNumber(c.value, byId.get(c.indicatorId)?.decimals ?? 0, locale),
        }),
      })),
    };
  }
  return { status: "saved", message: t("commit.plansSaved", { count: changes.length }), saved: changes.length };
}
