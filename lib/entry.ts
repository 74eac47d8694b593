// Validation of a submitted entry form (one unit, year and period) against the figures already
// stored: what is refused outright, what only needs the official's confirmation, and which figures
// actually changed and must be written. Pure: the caller loads the context and writes the result.
import { FIGURE_STATUSES, type FigureSource, type FigureStatus, type IndicatorKind, type Period, type TimeBehaviour } from "./domain";
import { straightShare } from "./periods";
import { hasForbiddenChars } from "./free-text";
import { formatNumberInput, parseRevision, readNumber, type NumberParseError } from "./numbers";
import type { IndicatorDef, PlanFigure } from "./report";

export interface EntryIndicator {
  id: number;
  kind: IndicatorKind;
  decimals: number;
  timeBehaviour: TimeBehaviour;
}

export interface CurrentFigure {
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  note: string | null;
  revision: number;
}

export interface EntryRowContext {
  indicator: EntryIndicator;
  current: CurrentFigure | null;
  /** The same year's previous period (cumulative for flows), if entered. */
  previousPeriod: number | null;
  samePeriodLastYear: number | null;
  /** The plan's figure for the period (a flow's share of the year so far), to see a figure far from it. */
  planNow?: number | null;
}

// What the entry form shows for each indicator (read by db/queries/entry.ts).
export interface StoredFigure extends CurrentFigure {
  actualId: number;
  source: FigureSource;
  updatedBy: string | null;
  updatedAt: number;
}

export interface FigureRevision {
  revision: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  previousValue: number | null;
  previousStatus: FigureStatus | null;
  note: string | null;
  enteredBy: string | null;
  enteredAt: number;
}

export interface EntryRow extends EntryRowContext {
  indicator: IndicatorDef;
  /** The plan shown beside the input: the HĐND's latest word, else the higher level's. */
  plan: PlanFigure | null;
  current: StoredFigure | null;
  /** Every version of the current figure, oldest first. */
  history: FigureRevision[];
}

/** Raw strings as posted, one set per indicator. */
export interface SubmittedFigure {
  value?: string;
  numerator?: string;
  denominator?: string;
  status?: string;
  note?: string;
  /** The figure's revision when the form was loaded; 0 when there was none. */
  revision?: string;
}

export const FIGURE_FIELDS = ["value", "numerator", "denominator", "status", "note", "revision"] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

/** Form field name of one part of one indicator's figure: "value.12". */
export function fieldName(field: FigureField, indicatorId: number): string {
  return `${field}.${indicatorId}`;
}

/** Largest figure accepted in any unit of measure; beyond it a unit mistake is far likelier than a real value. */
export const MAX_FIGURE = 1e12;
/** Largest count in a ratio (households, people, areas). */
export const MAX_COUNT = 1e9;
export const MAX_NOTE_LENGTH = 1000;
/**
 * A figure more than this many times (or less than this fraction of) its plan for the period, the
 * previous period or the same period last year is asked about before it is saved: a slip of a
 * digit or of the unit, more often than a real change.
 */
export const IMPLAUSIBLE_FACTOR = 3;
/**
 * A figure this many times larger or smaller than the stored one or the previous period's is most
 * likely a slip of "." and "," (the 1000× trap): saved only once the official confirms it.
 */
export const MAGNITUDE_FACTOR = 100;

export type EntryIssue =
  | { code: "number"; error: NumberParseError; suggestion?: string; alternative?: string; decimals?: number }
  | { code: "required" }
  | { code: "ratio_incomplete" }
  | { code: "denominator_zero" }
  | { code: "numerator_over_denominator" }
  | { code: "status_invalid" }
  | { code: "note_too_long"; max: number }
  | { code: "note_control_chars" }
  | { code: "revision_invalid" };

export type EntryWarning =
  | { code: "below_previous_period"; previous: number }
  | { code: "far_from_last_year"; lastYear: number }
  | { code: "far_from_plan"; plan: number }
  | { code: "far_from_previous_period"; previous: number }
  | { code: "magnitude_jump"; reference: "stored" | "previous_period"; referenceValue: number; factor: number }
  | { code: "status_downgrade"; from: FigureStatus; to: FigureStatus };

export interface FigureToSave {
  indicatorId: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  note: string | null;
  /** The revision the official saw; the save is refused if the stored figure has moved on since. */
  expectedRevision: number;
  /** Warnings the figure drew: it is saved only once the official confirms them, and the audit row keeps them. */
  warnings?: EntryWarning["code"][];
}

export interface EntryValidation {
  /** Changed figures, ready to write when there are no errors (and warnings are confirmed). */
  figures: FigureToSave[];
  /** Keyed by field name; any error refuses the whole save. */
  errors: Record<string, EntryIssue>;
  /** Keyed by the figure's value (or numerator) field name. */
  warnings: Record<string, EntryWarning[]>;
}

/** Picks each indicator's fields out of a posted form. */
export function readSubmission(form: Record<string, unknown>, indicatorIds: readonly number[]): Map<number, SubmittedFigure> {
  const result = new Map<number, SubmittedFigure>();
  for (const id of indicatorIds) {
    const figure: SubmittedFigure = {};
    let present = false;
    for (const field of FIGURE_FIELDS) {
      const raw = form[fieldName(field, id)];
      if (typeof raw === "string") {
        figure[field] = raw;
        present = true;
      }
    }
    if (present) result.set(id, figure);
  }
  return result;
}

const STATUS_RANK: Record<FigureStatus, number> = { estimate: 0, preliminary: 1, official: 2 };

/** A figure's parts as a form posts them (text) or a template holds them (text or a number typed into Excel). */
export type FigureCell = string | number | null | undefined;
export interface FigureCells {
  value?: FigureCell;
  numerator?: FigureCell;
  denominator?: FigureCell;
}
export type FigurePart = "value" | "numerator" | "denominator";

/** What a figure's cells say, by the one set of rules of every door (the form, the templates, the commit). */
export type FigureReading =
  | { kind: "blank" }
  | { kind: "figure"; value: number; numerator: number | null; denominator: number | null }
  | { kind: "refused"; issues: Partial<Record<FigurePart, EntryIssue>> };

const isBlankCell = (c: FigureCell): c is null | undefined | "" => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

function readPart(cell: string | number, decimals: number, maxAbs: number): { ok: true; value: number } | { ok: false; issue: EntryIssue } {
  const r = readNumber(cell, { decimals, maxAbs });
  if (r.ok) return r;
  return { ok: false, issue: { code: "number", error: r.error, suggestion: r.suggestion, alternative: r.alternative, decimals: r.decimals ?? decimals } };
}

/**
 * One figure of an indicator, read and checked: a ratio from its numerator and denominator (whole
 * counts, the numerator no larger), any other figure from its value at the indicator's precision.
 */
export function readFigure(indicator: Pick<EntryIndicator, "kind" | "decimals">, cells: FigureCells): FigureReading {
  if (indicator.kind === "ratio") {
    const { numerator: n, denominator: d } = cells;
    if (isBlankCell(n) && isBlankCell(d)) return { kind: "blank" };
    if (isBlankCell(n)) return { kind: "refused", issues: { numerator: { code: "ratio_incomplete" } } };
    if (isBlankCell(d)) return { kind: "refused", issues: { denominator: { code: "ratio_incomplete" } } };
    const num = readPart(n, 0, MAX_COUNT);
    const den = readPart(d, 0, MAX_COUNT);
    const issues: Partial<Record<FigurePart, EntryIssue>> = {};
    if (!num.ok) issues.numerator = num.issue;
    if (!den.ok) issues.denominator = den.issue;
    if (!num.ok || !den.ok) return { kind: "refused", issues };
    if (den.value === 0) return { kind: "refused", issues: { denominator: { code: "denominator_zero" } } };
    if (num.value > den.value) return { kind: "refused", issues: { numerator: { code: "numerator_over_denominator" } } };
    return { kind: "figure", value: (num.value / den.value) * 100, numerator: num.value, denominator: den.value };
  }
  if (isBlankCell(cells.value)) return { kind: "blank" };
  const v = readPart(cells.value, indicator.kind === "count" ? 0 : indicator.decimals, MAX_FIGURE);
  return v.ok ? { kind: "figure", value: v.value, numerator: null, denominator: null } : { kind: "refused", issues: { value: v.issue } };
}

/** A note as stored: trimmed, null when blank; refused when too long or holding control or bidirectional characters. */
export function readNote(text: string | null | undefined): { ok: true; note: string | null } | { ok: false; issue: EntryIssue } {
  const note = (text ?? "").trim();
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, issue: { code: "note_too_long", max: MAX_NOTE_LENGTH } };
  if (hasForbiddenChars(note, { multiline: true })) return { ok: false, issue: { code: "note_control_chars" } };
  return { ok: true, note: note === "" ? null : note };
}

/** What the official must confirm before a figure is saved, wherever it comes from. */
export function figureWarnings(
  indicator: Pick<EntryIndicator, "timeBehaviour"> & Partial<Pick<EntryIndicator, "kind">>,
  figure: { value: number; status: FigureStatus },
  {
    current,
    previousPeriod,
    samePeriodLastYear,
    planNow = null,
  }: { current: Pick<CurrentFigure, "value" | "status"> | null; previousPeriod: number | null; samePeriodLastYear: number | null; planNow?: number | null },
): EntryWarning[] {
  const { value, status } = figure;
  const warnings: EntryWarning[] = [];
  const factorFrom = (reference: number) => (reference > 0 && value > 0 ? Math.max(value / reference, reference / value) : 1);
  // Growth rates are differences: 3% one year and 9% the next is no slip, so they are not compared.
  const comparable = indicator.kind !== "growth";
  if (indicator.timeBehaviour === "flow" && previousPeriod !== null && value < previousPeriod) {
    warnings.push({ code: "below_previous_period", previous: previousPeriod });
  }
  if (comparable && planNow !== null && factorFrom(planNow) > IMPLAUSIBLE_FACTOR) {
    warnings.push({ code: "far_from_plan", plan: planNow });
  }
  const previousFactor = previousPeriod !== null ? factorFrom(previousPeriod) : 1;
  if (comparable && previousFactor > IMPLAUSIBLE_FACTOR && previousFactor < MAGNITUDE_FACTOR) {
    warnings.push({ code: "far_from_previous_period", previous: previousPeriod! });
  }
  if (comparable && samePeriodLastYear !== null && factorFrom(samePeriodLastYear) > IMPLAUSIBLE_FACTOR) {
    warnings.push({ code: "far_from_last_year", lastYear: samePeriodLastYear });
  }
  // About 1000× (or a thousandth of) the stored figure or the previous period's: "8.371" typed for 8,371.
  const reference =
    current !== null && factorFrom(current.value) >= MAGNITUDE_FACTOR
      ? { reference: "stored" as const, referenceValue: current.value }
      : previousPeriod !== null && factorFrom(previousPeriod) >= MAGNITUDE_FACTOR
        ? { reference: "previous_period" as const, referenceValue: previousPeriod }
        : null;
  if (reference) warnings.push({ code: "magnitude_jump", ...reference, factor: Math.round(factorFrom(reference.referenceValue)) });
  if (current && STATUS_RANK[status] < STATUS_RANK[current.status]) {
    warnings.push({ code: "status_downgrade", from: current.status, to: status });
  }
  return warnings;
}

/** The plan's figure for a period, to compare a new figure with: a flow's straight share of the year so far, a level's plan. */
export function planForPeriod(indicator: Pick<EntryIndicator, "timeBehaviour" | "kind">, plan: { value: number } | null, period: Period): number | null {
  if (!plan || !Number.isFinite(plan.value) || plan.value <= 0) return null;
  const flow = indicator.timeBehaviour === "flow" && (indicator.kind === "amount" || indicator.kind === "count");
  return flow ? plan.value * straightShare(period) : plan.value;
}

/** The figure as shown in the input, so an untouched input reads as unchanged. */
function sameValue(a: number, b: number, decimals: number): boolean {
  return formatNumberInput(a, decimals) === formatNumberInput(b, decimals);
}

export function validateEntry(rows: readonly EntryRowContext[], submission: ReadonlyMap<number, SubmittedFigure>): EntryValidation {
  const figures: FigureToSave[] = [];
  const errors: Record<string, EntryIssue> = {};
  const warnings: Record<string, EntryWarning[]> = {};

  for (const context of rows) {
    const { indicator, current } = context;
    const posted = submission.get(indicator.id);
    if (!posted) continue;
    const id = indicator.id;
    const rowErrors: Record<string, EntryIssue> = {};
    const isRatio = indicator.kind === "ratio";
    const mainField = fieldName(isRatio ? "numerator" : "value", id);

    // Revision the form was loaded with.
    const expectedRevision = parseRevision(posted.revision ?? "0");
    if (expectedRevision === null) rowErrors[fieldName("revision", id)] = { code: "revision_invalid" };

    // Note: stored as text and always rendered escaped; only length and control characters are refused.
    const noteRead = readNote(posted.note);
    if (!noteRead.ok) rowErrors[fieldName("note", id)] = noteRead.issue;
    const note = noteRead.ok ? noteRead.note : null;

    const status = FIGURE_STATUSES.find((s) => s === posted.status);
    if (!status) rowErrors[fieldName("status", id)] = { code: "status_invalid" };

    const reading = readFigure(indicator, posted);
    if (reading.kind === "blank") {
      if (!current) continue; // nothing entered for this indicator
      rowErrors[mainField] = { code: "required" };
    } else if (reading.kind === "refused") {
      for (const [part, issue] of Object.entries(reading.issues)) rowErrors[fieldName(part as FigurePart, id)] = issue;
    }

    if (Object.keys(rowErrors).length > 0 || reading.kind !== "figure" || !status || expectedRevision === null) {
      Object.assign(errors, rowErrors);
      continue;
    }
    const { value, numerator, denominator } = reading;

    const unchanged =
      current !== null &&
      current.status === status &&
      (current.note ?? null) === note &&
      (isRatio
        ? current.numerator === numerator && current.denominator === denominator
        : sameValue(current.value, value, indicator.decimals));
    if (unchanged) continue;

    const rowWarnings = figureWarnings(indicator, { value, status }, context);
    if (rowWarnings.length > 0) warnings[mainField] = rowWarnings;

    figures.push({
      indicatorId: id,
      value,
      numerator,
      denominator,
      status,
      note,
      expectedRevision,
      ...(rowWarnings.length > 0 ? { warnings: rowWarnings.map((w) => w.code) } : {}),
    });
  }
  return { figures, errors, warnings };
}
