// What each refusal and warning of a figure says, as a catalogue key and its values: the entry form,
// the upload preview and the upload's commit all word them through here, so a figure gets the same
// message whichever door it came through. Pure: the caller's translator does the wording.
import type { FigureStatus } from "./domain";
import type { EntryIssue, EntryWarning } from "./entry";
import type { PlanIssue } from "./plans";

export interface CatalogueMessage {
  /** A key of the catalogue, from its root: "common.numberError.decimal_dot", "entry.issue.required". */
  key: string;
  params: Record<string, string | number>;
}

export function entryIssueMessage(issue: EntryIssue): CatalogueMessage {
  switch (issue.code) {
    case "number":
      return {
        key: `common.numberError.${issue.error}`,
        params: { suggestion: issue.suggestion ?? "", alternative: issue.alternative ?? "", decimals: issue.decimals ?? 0 },
      };
    case "note_too_long":
      return { key: "entry.issue.note_too_long", params: { max: issue.max } };
    default:
      return { key: `entry.issue.${issue.code}`, params: {} };
  }
}

export function entryWarningMessage(
  warning: EntryWarning,
  { number, status }: { number: (value: number) => string; status: (s: FigureStatus) => string },
): CatalogueMessage {
  switch (warning.code) {
    case "below_previous_period":
      return { key: "entry.warning.below_previous_period", params: { previous: number(warning.previous) } };
    case "far_from_last_year":
      return { key: "entry.warning.far_from_last_year", params: { lastYear: number(warning.lastYear) } };
    case "far_from_plan":
      return { key: "entry.warning.far_from_plan", params: { plan: number(warning.plan) } };
    case "far_from_previous_period":
      return { key: "entry.warning.far_from_previous_period", params: { previous: number(warning.previous) } };
    case "magnitude_jump":
      return {
        key: "entry.warning.magnitude_jump",
        params: { reference: warning.reference, referenceValue: number(warning.referenceValue), factor: number(warning.factor) },
      };
    case "status_downgrade":
      return { key: "entry.warning.status_downgrade", params: { from: status(warning.from), to: status(warning.to) } };
  }
}

export function planIssueMessage(issue: PlanIssue): CatalogueMessage {
  if (issue.code === "number") {
    return {
      key: `common.numberError.${issue.error}`,
      params: { suggestion: issue.suggestion ?? "", alternative: issue.alternative ?? "", decimals: issue.decimals ?? 0 },
    };
  }
  return { key: `plans.issue.${issue.code}`, params: {} };
}
