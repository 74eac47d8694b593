// Validation of a submitted entry form (one unit, year and period) against the figures already
// stored: what is refused outright, what only needs the official's confirmation, and which figures
// actually changed and must be written. Pure: the caller loads the context and writes the result.
import { FIGURE_STATUSES, type FigureSource, type FigureStatus, type IndicatorKind, type TimeBehaviour } from "./domain";
import { formatNumberInput, parseVietnameseNumber, type NumberParseError } from "./numbers";
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
/** A figure this many times larger or smaller than the same period last year is probably in the wrong unit. */
export const IMPLAUSIBLE_FACTOR = 10;

export type EntryIssue =
  | { code: "number"; error: NumberParseError; suggestion?: string; decimals?: number }
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
  | { code: "status_downgrade"; from: FigureStatus; to: FigureStatus };

export interface FigureToSave {
  indicatorId: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  note: string | null;
  /** The revision the official saw; the save is refused if the stored figure has moved on. */
  expectedRevision: number;
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
// Control characters other than tab and line breaks have no place in a note.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

type Parsed = { ok: true; value: number } | { ok: false; issue: EntryIssue };

function parseNumber(text: string, decimals: number, maxAbs: number): Parsed {
  const r = parseVietnameseNumber(text, { decimals, maxAbs });
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, issue: { code: "number", error: r.error, suggestion: r.suggestion, decimals: r.decimals ?? decimals } };
}

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** The figure as shown in the input, so an untouched input reads as unchanged. */
function sameValue(a: number, b: number, decimals: number): boolean {
  return formatNumberInput(a, decimals) === formatNumberInput(b, decimals);
}

export function validateEntry(rows: readonly EntryRowContext[], submission: ReadonlyMap<number, SubmittedFigure>): EntryValidation {
  const figures: FigureToSave[] = [];
  const errors: Record<string, EntryIssue> = {};
  const warnings: Record<string, EntryWarning[]> = {};

  for (const { indicator, current, previousPeriod, samePeriodLastYear } of rows) {
    const posted = submission.get(indicator.id);
    if (!posted) continue;
    const id = indicator.id;
    const rowErrors: Record<string, EntryIssue> = {};
    const isRatio = indicator.kind === "ratio";
    const mainField = fieldName(isRatio ? "numerator" : "value", id);

    // Revision the form was loaded with.
    const revisionText = posted.revision ?? "0";
    const expectedRevision = /^\d{1,9}$/.test(revisionText) ? Number(revisionText) : NaN;
    if (Number.isNaN(expectedRevision)) rowErrors[fieldName("revision", id)] = { code: "revision_invalid" };

    // Note: stored as text and always rendered escaped; only length and control characters are refused.
    const noteText = (posted.note ?? "").trim();
    if (noteText.length > MAX_NOTE_LENGTH) rowErrors[fieldName("note", id)] = { code: "note_too_long", max: MAX_NOTE_LENGTH };
    else if (CONTROL_CHARS.test(noteText)) rowErrors[fieldName("note", id)] = { code: "note_control_chars" };
    const note = noteText === "" ? null : noteText;

    const status = FIGURE_STATUSES.find((s) => s === posted.status);
    if (!status) rowErrors[fieldName("status", id)] = { code: "status_invalid" };

    let value: number | null = null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    if (isRatio) {
      const blankN = isBlank(posted.numerator);
      const blankD = isBlank(posted.denominator);
      if (blankN && blankD) {
        if (current) rowErrors[mainField] = { code: "required" };
        else {
          continue; // nothing entered for this indicator
        }
      } else if (blankN || blankD) {
        rowErrors[fieldName(blankN ? "numerator" : "denominator", id)] = { code: "ratio_incomplete" };
      } else {
        const n = parseNumber(posted.numerator!, 0, MAX_COUNT);
        const d = parseNumber(posted.denominator!, 0, MAX_COUNT);
        if (!n.ok) rowErrors[fieldName("numerator", id)] = n.issue;
        if (!d.ok) rowErrors[fieldName("denominator", id)] = d.issue;
        if (n.ok && d.ok) {
          if (d.value === 0) rowErrors[fieldName("denominator", id)] = { code: "denominator_zero" };
          else if (n.value > d.value) rowErrors[fieldName("numerator", id)] = { code: "numerator_over_denominator" };
          else {
            numerator = n.value;
            denominator = d.value;
            value = (n.value / d.value) * 100;
          }
        }
      }
    } else if (isBlank(posted.value)) {
      if (current) rowErrors[mainField] = { code: "required" };
      else continue;
    } else {
      const v = parseNumber(posted.value!, indicator.kind === "count" ? 0 : indicator.decimals, MAX_FIGURE);
      if (v.ok) value = v.value;
      else rowErrors[mainField] = v.issue;
    }

    if (Object.keys(rowErrors).length > 0 || value === null || !status) {
      Object.assign(errors, rowErrors);
      continue;
    }

    const unchanged =
      current !== null &&
      current.status === status &&
      (current.note ?? null) === note &&
      (isRatio
        ? current.numerator === numerator && current.denominator === denominator
        : sameValue(current.value, value, indicator.decimals));
    if (unchanged) continue;

    const rowWarnings: EntryWarning[] = [];
    if (indicator.timeBehaviour === "flow" && previousPeriod !== null && value < previousPeriod) {
      rowWarnings.push({ code: "below_previous_period", previous: previousPeriod });
    }
    if (samePeriodLastYear !== null && samePeriodLastYear > 0 && value > 0) {
      const factor = value / samePeriodLastYear;
      if (factor >= IMPLAUSIBLE_FACTOR || factor <= 1 / IMPLAUSIBLE_FACTOR) {
        rowWarnings.push({ code: "far_from_last_year", lastYear: samePeriodLastYear });
      }
    }
    if (current && STATUS_RANK[status] < STATUS_RANK[current.status]) {
      rowWarnings.push({ code: "status_downgrade", from: current.status, to: status });
    }
    if (rowWarnings.length > 0) warnings[mainField] = rowWarnings;

    figures.push({ indicatorId: id, value, numerator, denominator, status, note, expectedRevision });
  }
  return { figures, errors, warnings };
}
