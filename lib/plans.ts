// Validation of a plan form: one unit, year and plan version, one figure per indicator, under one
// source decision (number and date). Pure: the caller loads the stored plans and writes the result.
import { COMPARATORS, type Comparator, type Direction, type IndicatorGroup, type IndicatorKind } from "./domain";
import { fromDocumentDate } from "./document-date";
import type { FigureCell } from "./entry";
import { hasForbiddenChars } from "./free-text";
import { formatNumberInput, parseRevision, readNumber, type NumberParseError } from "./numbers";

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
    direction: Direction;
  };
  current: (StoredPlan & { updatedBy: string | null; updatedAt: number }) | null;
}

/** A new plan reads the way its indicator is better: at least (trở lên), at most (không quá), or a range. */
export function defaultComparator(direction: Direction): Comparator {
  return direction === "lower" ? "lte" : direction === "range" ? "range" : "gte";
}

export const PLAN_FIELDS = ["comparator", "value", "valueMax", "revision"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export function planFieldName(field: PlanField, indicatorId: number): string {
  return `${field}.${indicatorId}`;
}

export type SubmittedPlan = Partial<Record<PlanField, string>>;

export type PlanIssue =
  | { code: "number"; error: NumberParseError; suggestion?: string; alternative?: string; decimals?: number }
  | { code: "required" }
  | { code: "comparator_invalid" }
  | { code: "range_max_required" }
  | { code: "range_max_unexpected" }
  | { code: "range_order" }
  | { code: "percent_over_100" }
  | { code: "revision_invalid" }
  | { code: "document_number_too_long" }
  | { code: "document_number_control_chars" }
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
export const MAX_DOCUMENT_NUMBER_LENGTH = 100;

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

/** A plan's cells as the form posts them (text) or a template holds them (text or numbers typed into Excel). */
export interface PlanCells {
  /** Already recognised by the caller (a form's code, a template's label); null when it is none. */
  comparator: Comparator | null;
  value?: FigureCell;
  valueMax?: FigureCell;
}
export type PlanPart = "comparator" | "value" | "valueMax";

export type PlanReading =
  | { kind: "blank" }
  | { kind: "plan"; comparator: Comparator; value: number; valueMax: number | null }
  | { kind: "refused"; issues: Partial<Record<PlanPart, PlanIssue>> };

const isBlankCell = (c: FigureCell): c is null | undefined | "" => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

/**
 * One plan of an indicator, read and checked by the one set of rules of the plan form, the plans
 * template and its commit: a number at the indicator's precision up to MAX_PLAN, negative only for a
 * growth rate, a ratio's plan at most 100%, an upper bound exactly for a range and above its lower one.
 */
export function readPlan(indicator: Pick<PlanIndicator, "kind" | "decimals">, cells: PlanCells): PlanReading {
  if (isBlankCell(cells.value) && isBlankCell(cells.valueMax)) return { kind: "blank" };
  const issues: Partial<Record<PlanPart, PlanIssue>> = {};
  const { comparator } = cells;
  if (!comparator) issues.comparator = { code: "comparator_invalid" };
  const options = { decimals: indicator.decimals, maxAbs: MAX_PLAN, allowNegative: indicator.kind === "growth" };
  const read = (cell: FigureCell, part: "value" | "valueMax"): number | null => {
    const r = readNumber(isBlankCell(cell) ? "" : cell, options);
    if (!r.ok) {
      issues[part] = { code: "number", error: r.error, suggestion: r.suggestion, alternative: r.alternative, decimals: r.decimals ?? indicator.decimals };
      return null;
    }
    if (indicator.kind === "ratio" && r.value > 100) {
      issues[part] = { code: "percent_over_100" };
      return null;
    }
    return r.value;
  };
  const value = read(cells.value, "value");
  let valueMax: number | null = null;
  if (comparator === "range") {
    if (isBlankCell(cells.valueMax)) issues.valueMax = { code: "range_max_required" };
    else {
      valueMax = read(cells.valueMax, "valueMax");
      if (value !== null && valueMax !== null && valueMax <= value) issues.valueMax = { code: "range_order" };
    }
  } else if (comparator && !isBlankCell(cells.valueMax)) {
    issues.valueMax = { code: "range_max_unexpected" };
  }
  if (Object.keys(issues).length > 0 || value === null || !comparator) return { kind: "refused", issues };
  return { kind: "plan", comparator, value, valueMax };
}

/** The decision a plan comes from: its number (one line, at most MAX_DOCUMENT_NUMBER_LENGTH) and its date (dd/mm/yyyy). */
export function readPlanDocument(document: { number?: string | null; date?: string | null }): {
  number: string | null;
  date: string | null;
  dateText: string;
  issues: Partial<Record<"documentNumber" | "documentDate", PlanIssue>>;
} {
  const issues: Partial<Record<"documentNumber" | "documentDate", PlanIssue>> = {};
  const numberText = (document.number ?? "").trim();
  if (numberText.length > MAX_DOCUMENT_NUMBER_LENGTH) issues.documentNumber = { code: "document_number_too_long" };
  else if (hasForbiddenChars(numberText)) issues.documentNumber = { code: "document_number_control_chars" };
  const dateText = (document.date ?? "").trim();
  const date = dateText === "" ? null : fromDocumentDate(dateText);
  if (dateText !== "" && date === null) issues.documentDate = { code: "document_date_invalid" };
  return { number: numberText === "" || issues.documentNumber ? null : numberText, date, dateText, issues };
}

export function validatePlans(
  rows: readonly PlanRowContext[],
  submission: ReadonlyMap<number, SubmittedPlan>,
  document: { number?: string; date?: string },
): PlanValidation {
  const errors: Record<string, PlanIssue> = {};
  const plans: PlanToSave[] = [];

  const decision = readPlanDocument(document);
  Object.assign(errors, decision.issues);
  const { number, dateText } = decision;

  for (const { indicator, current } of rows) {
    const posted = submission.get(indicator.id);
    if (!posted) continue;
    const id = indicator.id;
    const f = (field: PlanField) => planFieldName(field, id);
    const rowErrors: Record<string, PlanIssue> = {};

    const expectedRevision = parseRevision(posted.revision ?? "0");
    if (expectedRevision === null) rowErrors[f("revision")] = { code: "revision_invalid" };

    const comparator = COMPARATORS.find((c) => c === posted.comparator) ?? null;
    // The form shows the upper bound only for a range: what it posts for another comparator is stale.
    const reading = readPlan(indicator, { comparator, value: posted.value, valueMax: comparator === "range" ? posted.valueMax : undefined });
    if (reading.kind === "blank") {
      if (!comparator) rowErrors[f("comparator")] = { code: "comparator_invalid" };
      if (current) rowErrors[f("value")] = { code: "required" };
      else if (Object.keys(rowErrors).length === 0) continue;
    } else if (reading.kind === "refused") {
      for (const [part, issue] of Object.entries(reading.issues)) rowErrors[f(part as PlanPart)] = issue;
    }
    if (Object.keys(rowErrors).length > 0 || reading.kind !== "plan" || expectedRevision === null) {
      Object.assign(errors, rowErrors);
      continue;
    }
    const { value, valueMax } = reading;
    const same = (a: number | null, b: number | null) =>
      a === null || b === null ? a === b : formatNumberInput(a, indicator.decimals) === formatNumberInput(b, indicator.decimals);
    const unchanged =
      current !== null &&
      current.comparator === reading.comparator &&
      same(current.value, value) &&
      same(current.valueMax, valueMax);
    // The decision is stamped on the plans it changes, not on every plan shown in the form.
    if (unchanged) continue;
    plans.push({ indicatorId: id, comparator: reading.comparator, value, valueMax, expectedRevision });
  }
  // A plan is set by a decision: new or changed plans name it.
  if (plans.length > 0) {
    if (number === null) errors.documentNumber ??= { code: "document_number_required" };
    if (dateText === "") errors.documentDate ??= { code: "document_date_required" };
  }
  return { plans, errors, document: { number, date: decision.date } };
}
