// The plans template of a unit for a year and its upload check: one row per indicator and plan
// version (KH cấp trên giao, KH HĐND giao, KH điều chỉnh where there is one) with comparator, value,
// upper bound for a range and the source decision. Same rules as the actuals template: every problem
// by row and column, never a number read 1000× off, a re-uploaded template changes nothing.
import { COMPARATORS, PLAN_VERSIONS, type Comparator, type PlanVersion } from "../domain";
import { fromDocumentDate, toDocumentDate } from "../document-date";
import { formatNumber, formatNumberInput, parseVietnameseNumber } from "../numbers";
import { roundTo } from "../progress";
import type { IndicatorDef } from "../report";
import type { Cell, Sheet } from "./sheet";
import { columnLetter, MAGNITUDE_FACTOR, parseRevision, same, text, type UploadCell, type UploadProblem, type UploadProblemCode, type UploadRow } from "./upload";

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

export type PlanProblemCode = UploadProblemCode | "badVersion" | "badComparator" | "rangeBounds" | "badDate" | "documentRequired" | "planChangedSinceDownload";

export interface PlanProblem extends Omit<UploadProblem, "code" | "field"> {
  code: PlanProblemCode;
  field: PlanColumn | PlanMeta | null;
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

/** The year a plans file says it is for, if it says so plainly. */
export function planFileYear(rows: UploadRow[], labels: PlanLabels): number | null {
  const r = rows.find((m) => same(m.cells[0] ?? null, labels.meta.year));
  const value = text(r?.cells[1]);
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

/** Whether the rows are a plans template: its header has the plan-version column. */
export function isPlanTemplate(rows: UploadRow[], labels: PlanLabels): boolean {
  return rows.some((r) => same(r.cells[0] ?? null, labels.columns.code) && r.cells.some((c) => same(c, labels.columns.version)));
}

export function validatePlanUpload(
  rows: UploadRow[],
  labels: PlanLabels,
  context: { unit: { code: string }; scopeUnitCodes: string[] | null; indicators: IndicatorDef[]; current: Map<string, CurrentPlan> },
): PlanPreview {
  const preview: PlanPreview = { unitCode: null, year: null, problems: [], plans: [] };
  const columns: Partial<Record<PlanColumn, number>> = {};
  const problem = (row: number | null, field: PlanColumn | PlanMeta | null, code: PlanProblemCode, params: Record<string, string | number> = {}) => {
    const index = field && field in columns ? columns[field as PlanColumn] : undefined;
    const column = field === "unitCode" || field === "year" ? "B" : index !== undefined ? columnLetter(index) : null;
    preview.problems.push({ row, column, field, code, params });
  };

  const headerIndex = rows.findIndex((r) => same(r.cells[0] ?? null, labels.columns.code));
  if (headerIndex === -1) {
    problem(null, "code", "noHeader", { column: labels.columns.code });
    return preview;
  }
  const header = rows[headerIndex]!;
  for (const col of PLAN_COLUMNS) {
    const at = header.cells.findIndex((c) => same(c, labels.columns[col]));
    if (at >= 0) columns[col] = at;
    else if (col === "code" || col === "version" || col === "comparator" || col === "value") {
      problem(header.row, col, "missingColumn", { column: labels.columns[col] });
    }
  }
  const meta = (field: PlanMeta) => {
    const r = rows.slice(0, headerIndex).find((m) => same(m.cells[0] ?? null, labels.meta[field]));
    return r ? { row: r.row, value: text(r.cells[1]) } : null;
  };
  const unitCode = meta("unitCode");
  if (!unitCode?.value) problem(unitCode?.row ?? null, "unitCode", "missingMeta", { field: labels.meta.unitCode });
  else {
    preview.unitCode = unitCode.value;
    // Outside the user's units says more than "another unit": the file could never be saved by this user.
    if (context.scopeUnitCodes !== null && !context.scopeUnitCodes.includes(unitCode.value)) problem(unitCode.row, "unitCode", "outOfScope", { code: unitCode.value });
    else if (unitCode.value !== context.unit.code) problem(unitCode.row, "unitCode", "otherUnit", { fileCode: unitCode.value, unitCode: context.unit.code });
  }
  const year = meta("year");
  if (!year?.value) problem(year?.row ?? null, "year", "missingMeta", { field: labels.meta.year });
  else if (/^\d{4}$/.test(year.value)) preview.year = Number(year.value);
  else problem(year.row, "year", "badYear", { value: year.value });
  if (preview.problems.some((p) => p.code === "missingColumn")) return preview;

  const byCode = new Map(context.indicators.map((i) => [i.code.toUpperCase(), i]));
  const seen = new Map<string, UploadPlan>();
  const cell = (r: UploadRow, col: PlanColumn): UploadCell => {
    const i = columns[col];
    return i === undefined ? null : (r.cells[i] ?? null);
  };

  for (const r of rows.slice(headerIndex + 1)) {
    const code = text(cell(r, "code"));
    if (text(cell(r, "value")) === "" && text(cell(r, "valueMax")) === "") continue; // no plan on this row
    const indicator = byCode.get(code.toUpperCase());
    if (!indicator) {
      problem(r.row, "code", "unknownIndicator", { code });
      continue;
    }
    let ok = true;
    const rawVersion = text(cell(r, "version"));
    const version = PLAN_VERSIONS.find((v) => v === rawVersion || labels.version(v).some((l) => same(rawVersion, l)));
    if (!version) {
      problem(r.row, "version", "badVersion", { value: rawVersion });
      ok = false;
    }
    const rawComparator = text(cell(r, "comparator"));
    const comparator = COMPARATORS.find((c) => c === rawComparator || labels.comparator(c).some((l) => same(rawComparator, l)));
    if (!comparator) {
      problem(r.row, "comparator", "badComparator", { value: rawComparator });
      ok = false;
    }
    const number = (field: "value" | "valueMax"): number | null => {
      const c = cell(r, field);
      if (text(c) === "") return null;
      if (typeof c === "number") {
        if (roundTo(c, indicator.decimals) !== c) {
          problem(r.row, field, "number.too_many_decimals", { value: String(c), decimals: indicator.decimals });
          ok = false;
          return null;
        }
        return c;
      }
      // Plans of growth rates may be negative; other plans may not.
      const parsed = parseVietnameseNumber(String(c), { decimals: indicator.decimals, allowNegative: indicator.kind === "growth" });
      if (!parsed.ok) {
        problem(r.row, field, `number.${parsed.error}`, { value: String(c), suggestion: parsed.suggestion ?? "", decimals: parsed.decimals ?? indicator.decimals });
        ok = false;
        return null;
      }
      return parsed.value;
    };
    const value = number("value");
    const valueMax = number("valueMax");
    if (ok && value === null) {
      problem(r.row, "value", "number.empty");
      ok = false;
    }
    if (ok && (comparator === "range") !== (valueMax !== null)) {
      problem(r.row, "valueMax", "rangeBounds");
      ok = false;
    } else if (ok && valueMax !== null && value !== null && valueMax <= value) {
      problem(r.row, "valueMax", "rangeBounds");
      ok = false;
    }
    const rawDate = text(cell(r, "documentDate"));
    const documentDate = rawDate === "" ? null : fromDocumentDate(rawDate);
    if (rawDate !== "" && documentDate === null) {
      problem(r.row, "documentDate", "badDate", { value: rawDate });
      ok = false;
    }
    const rawRevision = text(cell(r, "revision"));
    const downloadedRevision = parseRevision(rawRevision);
    if (rawRevision !== "" && downloadedRevision === null) {
      problem(r.row, "revision", "badRevision", { value: rawRevision });
      ok = false;
    }
    if (!ok || !version || !comparator || value === null) continue;
    const current = context.current.get(planKey(indicator.id, version)) ?? null;
    if (current && current.value > 0 && value > 0) {
      const factor = Math.max(value / current.value, current.value / value);
      if (factor >= MAGNITUDE_FACTOR) {
        problem(r.row, "value", "magnitude", {
          value: typeof cell(r, "value") === "number" ? formatNumberInput(value, indicator.decimals) : text(cell(r, "value")),
          current: formatNumberInput(current.value, indicator.decimals),
          factor: formatNumber(factor, 0),
        });
        continue;
      }
    }
    const plan: UploadPlan = {
      row: r.row,
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      version,
      comparator,
      value,
      valueMax,
      documentNumber: text(cell(r, "documentNumber")) || null,
      documentDate,
      current,
      change: "new",
    };
    const key = planKey(indicator.id, version);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.value !== value || earlier.valueMax !== valueMax || earlier.comparator !== comparator) {
        problem(r.row, "code", "conflict", { code: indicator.code, otherRow: earlier.row });
      }
      continue;
    }
    if (current) {
      const unchanged =
        current.comparator === comparator &&
        roundTo(current.value, indicator.decimals) === roundTo(value, indicator.decimals) &&
        (current.valueMax ?? null) === valueMax &&
        (current.documentNumber ?? null) === plan.documentNumber &&
        (current.documentDate ?? null) === documentDate;
      plan.change = unchanged ? "unchanged" : "changed";
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
    if (plan.change !== "unchanged" && (plan.documentNumber === null || documentDate === null)) {
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
