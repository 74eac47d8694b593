import "server-only";
import { getUnitReportData } from "@/db/queries/report";
import { getCurrentFigures, getCurrentPlans } from "@/db/queries/upload";
import type { Period, PlanVersion } from "@/lib/domain";
import type { IndicatorDef } from "@/lib/report";
import { isPlanTemplate, planFileYear, planKey, validatePlanUpload, type PlanPreview } from "@/lib/spreadsheet/plan-template";
import { planLabels, uploadLabels } from "@/lib/spreadsheet/texts";
import { readUploadLayout, validateUpload, type UploadPreview, type UploadRow } from "@/lib/spreadsheet/upload";
import type { ViewContext } from "./context";
import { entryRows } from "./entry";

/** An uploaded file checked against the unit's stored figures (or plans) and the user's units. */
export type CheckedUpload =
  | { kind: "actuals"; year: number; period: Period; preview: UploadPreview; indicators: IndicatorDef[]; periodKnown: boolean }
  | { kind: "plans"; year: number; preview: PlanPreview; indicators: IndicatorDef[] };

/**
 * Checks a file's rows: a plans template or an actuals template, told apart by its header. Reads
 * only; what the preview shows and what a commit saves both come from here.
 */
export async function checkUpload(
  ctx: ViewContext,
  {
    unit,
    rows,
    scopeUnitCodes,
    planVersions,
  }: {
    unit: { id: number; code: string };
    rows: UploadRow[];
    /** Codes of the units the user may change; null for every unit. */
    scopeUnitCodes: string[] | null;
    /** The versions of the unit's plans the user may set (lib/auth/session.ts mayEditPlanVersions). */
    planVersions: readonly PlanVersion[];
  },
): Promise<CheckedUpload> {
  const { db } = ctx;
  if (isPlanTemplate(rows, planLabels())) {
    const year = planFileYear(rows, planLabels()) ?? new Date().getFullYear();
    const [data, current] = await Promise.all([getUnitReportData(db, { unitId: unit.id, year }), getCurrentPlans(db, { unitId: unit.id, year })]);
    const preview = validatePlanUpload(rows, planLabels(), { unit, scopeUnitCodes, editableVersions: planVersions, indicators: data.indicators, current });
    return { kind: "plans", year, preview, indicators: data.indicators };
  }
  const labels = uploadLabels();
  const layout = readUploadLayout(rows, labels);
  const year = layout.year ?? new Date().getFullYear();
  const period = layout.period ?? "FY";
  const [data, current, formRows] = await Promise.all([
    getUnitReportData(db, { unitId: unit.id, year }),
    getCurrentFigures(db, { unitId: unit.id, year, period }),
    // The previous period's and last year's figures as the entry form shows them (across the
    // reform too): the same warnings, shown before saving.
    entryRows(ctx, { unitId: unit.id, year, period }),
  ]);
  const references = new Map(formRows.map((r) => [r.indicator.id, { previousPeriod: r.previousPeriod, samePeriodLastYear: r.samePeriodLastYear, planNow: r.planNow ?? null }]));
  const preview = validateUpload(layout, labels, { unit, scopeUnitCodes, indicators: data.indicators, current, references });
  return { kind: "actuals", year, period, preview, indicators: data.indicators, periodKnown: layout.year !== null && layout.period !== null };
}

/** The revisions a check saw, by figure ("indicatorId", or "indicatorId|version" for plans): what a commit holds the stored figures to. */
export function seenRevisions(checked: CheckedUpload): Record<string, number> {
  if (checked.kind === "plans") return Object.fromEntries(checked.preview.plans.map((p) => [planKey(p.indicatorId, p.version), p.current?.revision ?? 0]));
  return Object.fromEntries(checked.preview.figures.map((f) => [String(f.indicatorId), f.current?.revision ?? 0]));
}
