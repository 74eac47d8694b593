"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { getUnitReportData } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { getCurrentFigures, getCurrentPlans } from "@/db/queries/upload";
import type { Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";
import { isPlanTemplate, planFileYear, plansToSave, validatePlanUpload } from "@/lib/spreadsheet/plan-template";
import { readUploadFile } from "@/lib/spreadsheet/read-upload";
import { planLabels, uploadLabels } from "@/lib/spreadsheet/texts";
import type { UploadRow } from "@/lib/spreadsheet/upload";
import { figuresToSave, readUploadLayout, validateUpload } from "@/lib/spreadsheet/upload";

export type UploadPreviewState =
  | { status: "idle" }
  | {
      status: "checked";
      kind: "actuals" | "plans";
      summary: string | null;
      problems: { row: number | null; column: string; reason: string }[];
      figures: { row: number; indicator: string; current: string; incoming: string; change: string }[];
      /** Figures that saving would write; saving itself waits for the entry branch's saveActuals. */
      toSave: number;
    };

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Checks an uploaded template and says what saving it would change. It reads only: nothing is
 * written here. Saving will go through saveActuals (validation, scope check, revision and audit
 * in one transaction) when sign-in and data entry land; until then the scope is not restricted.
 */
export async function previewUpload(unitId: number, _previous: UploadPreviewState, formData: FormData): Promise<UploadPreviewState> {
  const t = await getTranslations("spreadsheet");
  const tPeriod = await getTranslations("common.period");
  const locale = (await getLocale()) as Locale;
  const fail = (reason: string): UploadPreviewState => ({ status: "checked", kind: "actuals", summary: null, problems: [{ row: null, column: "—", reason }], figures: [], toSave: 0 });

  const unit = await getUnit({ unitId });
  const file = formData.get("file");
  if (!unit || !(file instanceof File) || file.size === 0 || file.size > MAX_BYTES) return fail(t("problem.unreadableFile"));
  const rows = await readUploadFile(file.name, await file.arrayBuffer());
  if (!rows) return fail(t("problem.unreadableFile"));

  if (isPlanTemplate(rows, planLabels())) return previewPlans(unit, rows);

  const labels = uploadLabels();
  const layout = readUploadLayout(rows, labels);
  const year = layout.year ?? new Date().getFullYear();
  const period = layout.period ?? "FY";
  const [data, current] = await Promise.all([getUnitReportData({ unitId, year }), getCurrentFigures({ unitId, year, period })]);
  const preview = validateUpload(layout, labels, { unit, scopeUnitCodes: null, indicators: data.indicators, current });

  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const fieldName = (field: string | null) =>
    field === null ? "" : field in labels.columns ? labels.columns[field as keyof typeof labels.columns] : labels.meta[field as keyof typeof labels.meta];
  const show = (v: number | null | undefined, decimals: number) => (v === null || v === undefined ? "—" : formatNumber(v, decimals, locale));
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const f of preview.figures) counts[f.change] += 1;
  return {
    status: "checked",
    kind: "actuals",
    summary:
      layout.year !== null && layout.period !== null
        ? t("upload.summary", { unit: unit.name, period: tPeriod(layout.period), year: layout.year, rows: preview.figures.length, ...counts })
        : null,
    problems: preview.problems.map((p) => ({
      row: p.row,
      column: p.column ? `${p.column}${p.field ? ` (${fieldName(p.field)})` : ""}` : p.field ? fieldName(p.field) : "—",
      // Reason codes are keys of the catalogue, "number.decimal_dot" included.
      reason: t(`problem.${p.code}` as "problem.noHeader", p.params),
    })),
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
  };
}

async function previewPlans(unit: { id: number; code: string; name: string }, rows: UploadRow[]): Promise<UploadPreviewState> {
  const t = await getTranslations("spreadsheet");
  const tVersion = await getTranslations("common.planVersion");
  const tComparator = await getTranslations("common.comparator");
  const locale = (await getLocale()) as Locale;
  const labels = planLabels();
  const year = planFileYear(rows, labels) ?? new Date().getFullYear();
  const [data, current] = await Promise.all([getUnitReportData({ unitId: unit.id, year }), getCurrentPlans({ unitId: unit.id, year })]);
  const preview = validatePlanUpload(rows, labels, { unit, scopeUnitCodes: null, indicators: data.indicators, current });
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const fieldName = (field: string | null) =>
    field === null ? "" : field in labels.columns ? labels.columns[field as keyof typeof labels.columns] : labels.meta[field as keyof typeof labels.meta];
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
    problems: preview.problems.map((p) => ({
      row: p.row,
      column: p.column ? `${p.column}${p.field ? ` (${fieldName(p.field)})` : ""}` : p.field ? fieldName(p.field) : "—",
      reason: t(`problem.${p.code}` as "problem.noHeader", p.params),
    })),
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
  };
}
