import "server-only";
import { and, eq } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import type { IndicatorDef } from "@/lib/report";
import { isPlanTemplate, planFileYear, planKey, validatePlanUpload, type CurrentPlan, type PlanPreview } from "@/lib/spreadsheet/plan-template";
import type { CurrentFigure } from "@/lib/spreadsheet/template";
import { planLabels, uploadLabels } from "@/lib/spreadsheet/texts";
import { appContext } from "@/server/views/context";
import { entryRows } from "@/server/views/entry";
import { readUploadLayout, validateUpload, type UploadPreview, type UploadRow } from "@/lib/spreadsheet/upload";
import { getDb } from "../client";
import { actuals, plans } from "../schema";
import { getUnitReportData } from "./report";

/** A unit's stored figures for a year and period, by indicator: what an upload is compared with. */
export async function getCurrentFigures({ unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<Map<number, CurrentFigure>> {
  const rows = getDb()
    .select({
      indicatorId: actuals.indicatorId,
      revision: actuals.revision,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      status: actuals.status,
      note: actuals.note,
    })
    .from(actuals)
    .where(and(eq(actuals.unitId, unitId), eq(actuals.year, year), eq(actuals.period, period)))
    .all();
  return new Map(rows.map(({ indicatorId, ...figure }) => [indicatorId, figure]));
}

/** A unit's stored plans for a year, by "indicatorId|version": what a plans upload is compared with. */
export async function getCurrentPlans({ unitId, year }: { unitId: number; year: number }): Promise<Map<string, CurrentPlan>> {
  const rows = getDb()
    .select({
      indicatorId: plans.indicatorId,
      version: plans.version,
      revision: plans.revision,
      comparator: plans.comparator,
      value: plans.value,
      valueMax: plans.valueMax,
      documentNumber: plans.documentNumber,
      documentDate: plans.documentDate,
    })
    .from(plans)
    .where(and(eq(plans.unitId, unitId), eq(plans.year, year)))
    .all();
  return new Map(rows.map(({ indicatorId, version, ...plan }) => [planKey(indicatorId, version), plan]));
}

/** An uploaded file checked against the unit's stored figures (or plans) and the user's units. */
export type CheckedUpload =
  | { kind: "actuals"; year: number; period: Period; preview: UploadPreview; indicators: IndicatorDef[]; periodKnown: boolean }
  | { kind: "plans"; year: number; preview: PlanPreview; indicators: IndicatorDef[] };

/**
 * Checks a file's rows: a plans template or an actuals template, told apart by its header. Reads
 * only; what the preview shows and what a commit saves both come from here.
 */
export async function checkUpload({
  unit,
  rows,
  scopeUnitCodes,
}: {
  unit: { id: number; code: string };
  rows: UploadRow[];
  /** Codes of the units the user may change; null for every unit. */
  scopeUnitCodes: string[] | null;
}): Promise<CheckedUpload> {
  if (isPlanTemplate(rows, planLabels())) {
    const year = planFileYear(rows, planLabels()) ?? new Date().getFullYear();
    const [data, current] = await Promise.all([getUnitReportData(getDb(), { unitId: unit.id, year }), getCurrentPlans({ unitId: unit.id, year })]);
    const preview = validatePlanUpload(rows, planLabels(), { unit, scopeUnitCodes, indicators: data.indicators, current });
    return { kind: "plans", year, preview, indicators: data.indicators };
  }
  const labels = uploadLabels();
  const layout = readUploadLayout(rows, labels);
  const year = layout.year ?? new Date().getFullYear();
  const period = layout.period ?? "FY";
  const [data, current, formRows] = await Promise.all([
    getUnitReportData(getDb(), { unitId: unit.id, year }),
    getCurrentFigures({ unitId: unit.id, year, period }),
    // The previous period's and last year's figures as the entry form shows them (across the
    // reform too): the same warnings, shown before saving.
    entryRows(appContext(), { unitId: unit.id, year, period }),
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
