// The plans template of a unit for a year and its upload check: one row per indicator and plan
// version (KH cấp trên giao, KH HĐND giao, KH điều chỉnh where there is one) with comparator, value,
// upper bound for a range and the source decision. Same rules as the actuals template: every problem
// by row and column, never a number read 1000× off, a re-uploaded template changes nothing. Each plan
// is read by the plan form's own rules (lib/plans.ts readPlan), through the one template reader.
import { COMPARATORS, PLAN_VERSIONS, type Comparator, type PlanVersion } from "../domain";
import { toDocumentDate } from "../document-date";
import { formatNumberInput, parseRevision } from "../numbers";
import { readPlan, readPlanDocument, type PlanIssue, type PlanPart } from "../plans";
import { roundTo } from "../progress";
import type { IndicatorDef } from "../report";
import { parseYear } from "../year";
import type { Cell, Sheet } from "./sheet";
import { cellOf, columnLetter, issueProblem, readTemplateLayout, same, text, type TemplateSpec, type UploadCell, type UploadRow } from "./template-reader";
import type { UploadProblem, UploadProblemCode } from "./upload";

/** "revision" as in the entry template: each plan's revision as downloaded, optional on upload. */
export const PLAN_COLUMNS = ["code", "indicator", "measure", "version", "comparator", "value", "valueMax", "documentNumber", "documentDate", "revision"] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];
export const PLAN_META = ["unitCode", "unitName", "year"] as const;
export type PlanMeta = (typeof PLAN_META)[number];

export interface PlanTemplateText {
  sheetName: string;
  title: string[];
  meta: Record<PlanMeta, string>;
  columns: Record<PlanColumn, string>;
  version: (v: PlanVersion) => string;
  comparator: (c: Comparator) => string;
}

export interface PlanLabels {
  meta: Record<PlanMeta, string>;
  columns: Record<PlanColumn, string>;
  /** Every way a version or comparator may be written. */
  version: (v: PlanVersion) => string[];
  comparator: (c: Comparator) => string[];
}

export interface CurrentPlan {
  revision: number;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  documentNumber: string | null;
  documentDate: string | null;
}

const planKey = (indicatorId: number, version: PlanVersion) => `${indicatorId}|${version}`;

/** Rows for the higher-level and council plans of every indicator, and the adjusted plan where one exists. */
export function planTemplateSheet(
  {
    unit,
    year,
    indicators,
    current,
  }: { unit: { code: string; name: string }; year: number; indicators: IndicatorDef[]; current: Map<string, CurrentPlan> },
  t: PlanTemplateText,
): Sheet {
  const rows: Cell[][] = [];
  const decimals: number[] = [];
  for (const indicator of [...indicators].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)) {
    for (const version of PLAN_VERSIONS) {
      const p = current.get(planKey(indicator.id, version));
      if (version === "adjusted" && !p) continue;
      rows.push([
        indicator.code,
        indicator.nameVi,
        indicator.measureVi,
        t.version(version),
        p ? t.comparator(p.comparator) : null,
        p?.value ?? null,
        p?.valueMax ?? null,
        p?.documentNumber ?? null,
        toDocumentDate(p?.documentDate ?? null),
        p?.revision ?? 0,
      ]);
      decimals.push(indicator.decimals);
    }
  }
  const c = t.columns;
  return {
    name: t.sheetName,
    title: t.title,
    meta: [
      [t.meta.unitCode, unit.code],
      [t.meta.unitName, unit.name],
      [t.meta.year, String(year)],
    ],
    columns: [
      { header: c.code, width: 16 },
      { header: c.indicator, width: 44 },
      { header: c.measure, width: 18 },
      { header: c.version, width: 18 },
      { header: c.comparator, width: 14 },
      { header: c.value, width: 14, decimalsByRow: decimals },
      { header: c.valueMax, width: 14, decimalsByRow: decimals },
      { header: c.documentNumber, width: 22 },
      { header: c.documentDate, width: 14 },
      { header: c.revision, width: 14, decimals: 0 },
    ],
    rows,
  };
}

export type PlanProblemCode = UploadProblemCode | "badVersion" | "badComparator" | "rangeBounds" | "badDate" | "documentRequired" | "planChangedSinceDownload" | "planSetAbove" | "percentOver100" | "documentNumberTooLong";

export interface PlanProblem extends Omit<UploadProblem, "code" | "field" | "issue"> {
  code: PlanProblemCode;
  field: PlanColumn | PlanMeta | null;
  /** The plan form's refusal of the same plan, where the problem is one. */
  issue?: PlanIssue;
}

export interface UploadPlan {
  row: number;
  indicatorId: number;
  indicatorCode: string;
  version: PlanVersion;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  documentNumber: string | null;
  documentDate: string | null;
  current: CurrentPlan | null;
  change: "new" | "changed" | "unchanged";
}

export interface PlanPreview {
  unitCode: string | null;
  year: number | null;
  problems: PlanProblem[];
  plans: UploadPlan[];
}

const planSpec = (labels: PlanLabels): TemplateSpec<PlanColumn, PlanMeta> => ({ columns: labels.columns, required: ["code", "version", "comparator", "value"], meta: labels.meta });

/** The year a plans file says it is for, if it says so plainly and it is a year the app keeps. */
export function planFileYear(rows: UploadRow[], labels: PlanLabels): number | null {
  const year = readTemplateLayout(rows, planSpec(labels)).meta.year;
  return year ? parseYear(year.value) : null;
}

/** Whether the rows are a plans template: its header has the plan-version column. */
export function isPlanTemplate(rows: UploadRow[], labels: PlanLabels): boolean {
  return rows.some((r) => same(r.cells[0] ?? null, labels.columns.code) && r.cells.some((c) => same(c, labels.columns.version)));
}

export function validatePlanUpload(
  rows: UploadRow[],
  labels: PlanLabels,
  context: {
    unit: { code: string };
    scopeUnitCodes: string[] | null;
    /** The versions of this unit's plans the user may set (lib/auth/scope.ts); a row of another must stay as it is. */
    editableVersions: readonly PlanVersion[];
    indicators: IndicatorDef[];
    current: Map<string, CurrentPlan>;
  },
): PlanPreview {
  const preview: PlanPreview = { unitCode: null, year: null, problems: [], plans: [] };
  const layout = readTemplateLayout(rows, planSpec(labels));
  const problem = (row: number | null, field: PlanColumn | PlanMeta | null, code: PlanProblemCode, params: Record<string, string | number> = {}, issue?: PlanIssue) => {
    const index = field && field in layout.columns ? layout.columns[field as PlanColumn] : undefined;
    const column = field === "unitCode" || field === "year" ? "B" : index !== undefined ? columnLetter(index) : null;
    preview.problems.push({ row, column, field, code, params, ...(issue ? { issue } : {}) });
  };
  for (const p of layout.problems) problem(p.row, p.field, p.code, p.params);
  if (layout.headerRow === null) return preview;

  const unitCode = layout.meta.unitCode;
  if (!unitCode?.value) problem(unitCode?.row ?? null, "unitCode", "missingMeta", { field: labels.meta.unitCode });
  else {
    preview.unitCode = unitCode.value;
    // Outside the user's units says more than "another unit": the file could never be saved by this user.
    if (context.scopeUnitCodes !== null && !context.scopeUnitCodes.includes(unitCode.value)) problem(unitCode.row, "unitCode", "outOfScope", { code: unitCode.value });
    else if (unitCode.value !== context.unit.code) problem(unitCode.row, "unitCode", "otherUnit", { fileCode: unitCode.value, unitCode: context.unit.code });
  }
  const year = layout.meta.year;
  if (!year?.value) problem(year?.row ?? null, "year", "missingMeta", { field: labels.meta.year });
  else {
    // The one year rule of the form and the URL: a plan for 9999 or 0001 is no plan.
    preview.year = parseYear(year.value);
    if (preview.year === null) problem(year.row, "year", "badYear", { value: year.value });
  }
  if (preview.problems.some((p) => p.code === "missingColumn")) return preview;

  const byCode = new Map(context.indicators.map((i) => [i.code.toUpperCase(), i]));
  const seen = new Map<string, UploadPlan>();
  const cell = (r: UploadRow, col: PlanColumn): UploadCell => cellOf(layout, r, col);

  for (const r of layout.dataRows) {
    const code = text(cell(r, "code"));
    if (text(cell(r, "value")) === "" && text(cell(r, "valueMax")) === "") continue; // no plan on this row
    const indicator = byCode.get(code.toUpperCase());
    if (!indicator) {
      problem(r.row, "code", "unknownIndicator", { code });
      continue;
    }
    let ok = true;
    const refuse = (field: PlanColumn, issue: PlanIssue, c: UploadCell) => {
      const { code, params } = issueProblem(issue, c);
      problem(r.row, field, code as PlanProblemCode, params, issue);
      ok = false;
    };
    const rawVersion = text(cell(r, "version"));
    const version = PLAN_VERSIONS.find((v) => v === rawVersion || labels.version(v).some((l) => same(rawVersion, l)));
    if (!version) {
      problem(r.row, "version", "badVersion", { value: rawVersion });
      ok = false;
    }
    const rawComparator = text(cell(r, "comparator"));
    const comparator = COMPARATORS.find((c) => c === rawComparator || labels.comparator(c).some((l) => same(rawComparator, l))) ?? null;
    const reading = readPlan(indicator, { comparator, value: cell(r, "value"), valueMax: cell(r, "valueMax") });
    if (reading.kind === "refused") for (const [part, issue] of Object.entries(reading.issues)) refuse(part as PlanPart, issue, cell(r, part as PlanPart));

    const decision = readPlanDocument({ number: text(cell(r, "documentNumber")), date: text(cell(r, "documentDate")) });
    for (const [field, issue] of Object.entries(decision.issues)) refuse(field as PlanColumn, issue, cell(r, field as PlanColumn));
    const rawRevision = text(cell(r, "revision"));
    const downloadedRevision = parseRevision(rawRevision);
    if (rawRevision !== "" && downloadedRevision === null) {
      problem(r.row, "revision", "badRevision", { value: rawRevision });
      ok = false;
    }
    if (!ok || !version || reading.kind !== "plan") continue;
    const { value, valueMax } = reading;
    const current = context.current.get(planKey(indicator.id, version)) ?? null;
    const plan: UploadPlan = {
      row: r.row,
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      version,
      comparator: reading.comparator,
      value,
      valueMax,
      documentNumber: decision.number,
      documentDate: decision.date,
      current,
      change: "new",
    };
    const key = planKey(indicator.id, version);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.value !== value || earlier.valueMax !== valueMax || earlier.comparator !== plan.comparator) {
        problem(r.row, "code", "conflict", { code: indicator.code, otherRow: earlier.row });
      }
      continue;
    }
    if (current) {
      const unchanged =
        current.comparator === plan.comparator &&
        roundTo(current.value, indicator.decimals) === roundTo(value, indicator.decimals) &&
        (current.valueMax ?? null) === valueMax &&
        (current.documentNumber ?? null) === plan.documentNumber &&
        (current.documentDate ?? null) === plan.documentDate;
      plan.change = unchanged ? "unchanged" : "changed";
    }
    // The template lists the plans the user only reads (the higher level's) too: unchanged, they pass.
    if (plan.change !== "unchanged" && !context.editableVersions.includes(version)) {
      problem(r.row, "version", "planSetAbove", { code: indicator.code, version: labels.version(version)[0]! });
      continue;
    }
    // Someone saved this plan after the template was downloaded: the file would silently undo it.
    if (plan.change !== "unchanged" && downloadedRevision !== null && downloadedRevision !== (current?.revision ?? 0)) {
      problem(r.row, "value", "planChangedSinceDownload", {
        code: indicator.code,
        version: labels.version(version)[0]!,
        current: current ? formatNumberInput(current.value, indicator.decimals) : "—",
      });
      continue;
    }
    // A plan is set by a decision: a new or changed one names it.
    if (plan.change !== "unchanged" && (plan.documentNumber === null || plan.documentDate === null)) {
      problem(r.row, plan.documentNumber === null ? "documentNumber" : "documentDate", "documentRequired", { code: indicator.code });
      continue;
    }
    seen.set(key, plan);
    preview.plans.push(plan);
  }
  return preview;
}

/** Plans a file without problems would write, each with the revision the preview saw (0 when new). */
export function plansToSave(preview: PlanPreview) {
  if (preview.problems.length > 0) return [];
  return preview.plans
    .filter((p) => p.change !== "unchanged")
    .map(({ indicatorId, version, comparator, value, valueMax, documentNumber, documentDate, current }) => ({
      indicatorId,
      version,
      comparator,
      value,
      valueMax,
      documentNumber,
      documentDate,
      expectedRevision: current?.revision ?? 0,
    }));
}

export { planKey };
