// The verdict on an indicator in words, decided once for every page, print, export and chart
// legend: before Cả năm a figure is judged against the expected-by-now figure (vượt / đạt / chậm
// tiến độ), at Cả năm against the plan (vượt / đạt / không đạt kế hoạch); without a figure it is
// "chưa báo cáo". Pure: the caller's translator does the wording.
import { INDICATOR_STATUSES, type IndicatorStatus, type Period } from "./domain";
import { STATUS_RANK } from "./progress";

export const VERDICT_STAGES = ["progress", "final"] as const;
export type VerdictStage = (typeof VERDICT_STAGES)[number];

/** A status, or no figure at all for an indicator the unit has a plan for. */
export type Verdict = IndicatorStatus | "not_reported";
export const VERDICTS: readonly Verdict[] = [...INDICATOR_STATUSES, "not_reported"];

export function verdictStage(period: Period): VerdictStage {
  return period === "FY" ? "final" : "progress";
}

/** The catalogue key of a verdict's words, from the catalogue's root: "common.verdict.progress.achieved". */
export function verdictKey(verdict: Verdict, period: Period): string {
  return verdict === "not_reported" ? "common.verdict.not_reported" : `common.verdict.${verdictStage(period)}.${verdict}`;
}

/** The catalogue key of a verdict's explanation in the legend. */
export function verdictExplanationKey(verdict: Verdict, period: Period): string {
  return verdict === "not_reported" ? "common.verdictLegend.not_reported" : `common.verdictLegend.${verdictStage(period)}.${verdict}`;
}

/** Any translator from the catalogue's root: a page's, a client component's or a file's (typed or not). */
export type RootTranslator = (key: never) => string;

/** The words of a verdict, with the translator of the page or file ("Đạt tiến độ", "Không đạt kế hoạch"). */
export function verdictLabel(t: RootTranslator, verdict: Verdict, period: Period): string {
  return (t as (key: string) => string)(verdictKey(verdict, period));
}

/** The verdict a figure's line shows: its status, "chưa báo cáo" without a figure, none for a figure without a plan to judge it by. */
export function lineVerdict(status: IndicatorStatus | null, reported: boolean): Verdict | null {
  return status ?? (reported ? null : "not_reported");
}

/** The worst status among the reported figures: one word for a unit never hides a failure. Null when nothing was judged. */
export function worstStatus(statuses: Iterable<IndicatorStatus>): IndicatorStatus | null {
  let worst: IndicatorStatus | null = null;
  for (const s of statuses) if (worst === null || STATUS_RANK[s] < STATUS_RANK[worst]) worst = s;
  return worst;
}
