// Validation of a plan form: one unit, year and plan version, one figure per indicator, under one
// source decision (number and date). Pure: the caller loads the stored plans and writes the result.
import { COMPARATORS, type Comparator, type IndicatorGroup, type IndicatorKind } from "./domain";
import { formatNumberInput, parseVietnameseNumber, type NumberParseError } from "./numbers";

export interface PlanIndicator {
  id: number;
  kind: IndicatorKind;
  decimals: number;
}

export interface StoredPlan {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  documentNumber: string | null;
  documentDate: string | null;
  revision: number;
}

export interface PlanRowContext {
  indicator: PlanIndicator;
  current: StoredPlan | null;
}

/** What the plan form shows for each indicator (read by db/queries/plans.ts). */
export interface PlanFormRow extends PlanRowContext {
  indicator: {
    id: number;
    code: string;
    nameVi: string;
    nameEn: string;
    group: IndicatorGroup;
    measureVi: string;
    measureEn: string;
    kind: IndicatorKind;
    decimals: number;
  };
  current: (StoredPlan & { updatedBy: string | null; updatedAt: number }) | null;
}

export const PLAN_FIELDS = ["comparator", "value", "valueMax", "revision"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export function planFieldName(field: PlanField, indicatorId: number): string {
  return `${field}.${indicatorId}`;
}

export type SubmittedPlan = Partial<Record<PlanField, string>>;

export type PlanIssue =
  | { code: "number"; error: NumberParseError; suggestion?: string; decimals?: number }
  | { code: "required" }
  | { code: "comparator_invalid" }
  | { code: "range_max_required" }
  | { code: "range_order" }
  | { code: "percent_over_100" }
  | { code: "revision_invalid" }
  | { code: "document_number_too_long" }
  | { code: "document_number_required" }
  | { code: "document_date_invalid" }
  | { code: "document_date_required" };

export interface PlanToSave {
  indicatorId: number;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  expectedRevision: number;
}

export interface PlanValidation {
  plans: PlanToSave[];
  errors: Record<string, PlanIssue>;
  document: { number: string | null; date: string | null };
}

export const MAX_PLAN = 1e12;

/** "19/01/2024" (the way documents write dates) → "2024-01-19"; null when it is no real date. */
export function parseDocumentDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2024-01-19" → "19/01/2024". */
export function formatDocumentDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function readPlanSubmission(form: Record<string, unknown>, indicatorIds: readonly number[]): Map<number, SubmittedPlan> {
  const result = new Map<number, SubmittedPlan>();
  for (const id of indicatorIds) {
    const plan: SubmittedPlan = {};
    let present = false;
    for (const field of PLAN_FIELDS) {
      const raw = form[planFieldName(field, id)];
      if (typeof raw === "string") {
        plan[field] = raw;
        present = true;
      }
    }
    if (present) result.set(id, plan);
  }
  return result;
}

export function validatePlans(
  rows: readonly PlanRowContext[],
  submission: ReadonlyMap<number, SubmittedPlan>,
  document: { number?: string; date?: string },
): PlanValidation {
  const errors: Record<string, PlanIssue> = {};
  const plans: PlanToSave[] = [];

  const number = document.number?.trim() || null;
  if (number && number.length > 100) errors.documentNumber = { code: "document_number_too_long" };
  const dateText = document.date?.trim() ?? "";
  const date = dateText === "" ? null : parseDocumentDate(dateText);
  if (dateText !== "" && date === null) errors.documentDate = { code: "document_date_invalid" };

  for (const { indicator, current } of rows) {
    const posted = submission.get(indicator.id);
    if (!posted) continue;
    const id = indicator.id;
    const f = (field: PlanField) => planFieldName(field, id);
    const rowErrors: Record<string, PlanIssue> = {};

    const revisionText = posted.revision ?? "0";
    const expectedRevision = /^\d{1,9}$/.test(revisionText) ? Number(revisionText) : NaN;
    if (Number.isNaN(expectedRevision)) rowErrors[f("revision")] = { code: "revision_invalid" };

    const comparator = COMPARATORS.find((c) => c === posted.comparator);
    if (!comparator) rowErrors[f("comparator")] = { code: "comparator_invalid" };

    const options = { decimals: indicator.decimals, maxAbs: MAX_PLAN, allowNegative: indicator.kind === "growth" };
    const parse = (text: string, field: PlanField): number | null => {
      const r = parseVietnameseNumber(text, options);
      if (r.ok) {
        if (indicator.kind === "ratio" && r.value > 100) {
          rowErrors[f(field)] = { code: "percent_over_100" };
          return null;
        }
        return r.value;
      }
      rowErrors[f(field)] = { code: "number", error: r.error, suggestion: r.suggestion, decimals: r.decimals ?? indicator.decimals };
      return null;
    };

    const valueText = posted.value?.trim() ?? "";
    if (valueText === "") {
      if (current) rowErrors[f("value")] = { code: "required" };
      else if (Object.keys(rowErrors).length === 0) continue;
      Object.assign(errors, rowErrors);
      continue;
    }
    const value = parse(valueText, "value");
    let valueMax: number | null = null;
    if (comparator === "range") {
      const maxText = posted.valueMax?.trim() ?? "";
      if (maxText === "") rowErrors[f("valueMax")] = { code: "range_max_required" };
      else {
        valueMax = parse(maxText, "valueMax");
        if (value !== null && valueMax !== null && valueMax <= value) rowErrors[f("valueMax")] = { code: "range_order" };
      }
    }
    if (Object.keys(rowErrors).length > 0 || value === null || !comparator) {
      Object.assign(errors, rowErrors);
      continue;
    }
    const same = (a: number | null, b: number | null) =>
      a === null || b === null ? a === b : formatNumberInput(a, indicator.decimals) === formatNumberInput(b, indicator.decimals);
    const unchanged =
      current !== null &&
      current.comparator === comparator &&
      same(current.value, value) &&
      same(current.valueMax, valueMax);
    // The decision is stamped on the plans it changes, not on every plan shown in the form.
    if (unchanged) continue;
    plans.push({ indicatorId: id, comparator, value, valueMax, expectedRevision });
  }
  // A plan is set by a decision: new or changed plans name it.
  if (plans.length > 0) {
    if (number === null) errors.documentNumber ??= { code: "document_number_required" };
    if (dateText === "") errors.documentDate ??= { code: "document_date_required" };
  }
  return { plans, errors, document: { number, date } };
}
