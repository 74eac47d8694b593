// The rows of the standard report (biểu) as printed and exported: STT | Chỉ tiêu | ĐVT | TH cùng kỳ |
// KH cấp trên giao | KH HĐND giao | TH / Ước TH kỳ | % KH | % cùng kỳ | Ghi chú. Built from
// buildUnitReport's rows, never recomputed; notes are codes, turned into words by the catalogue.
import { lineVerdict, type Verdict } from "../verdict";
import type { FigureStatus, IndicatorGroup, IndicatorStatus } from "../domain";
import type { IndicatorDef, PlanFigure, ReportGroup } from "../report";

export const REPORT_NOTES = [
  "estimate",
  "preliminary",
  "illustrative",
  "derivedPlan",
  "adjustedPlan",
  "derivedGrowth",
  "statedDiffers",
  "predecessorSum",
] as const;
export type ReportNote = (typeof REPORT_NOTES)[number];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

export interface ReportGroupLine {
  kind: "group";
  number: string;
  group: IndicatorGroup;
}

export interface ReportIndicatorLine {
  kind: "indicator";
  /** STT runs on across groups, as in the printed biểu. */
  number: number;
  indicator: IndicatorDef;
  samePeriod: number | null;
  planHigher: PlanFigure | null;
  planCouncil: PlanFigure | null;
  actual: number | null;
  actualStatus: FigureStatus | null;
  statedValue: number | null;
  /** Against the plan the status is judged by (KH HĐND unless there is none, or as chosen). */
  percentOfPlan: number | null;
  /** Both plans' percentages, side by side as the biểu states them. */
  percentOfPlanHigher: number | null;
  percentOfPlanCouncil: number | null;
  percentOfSamePeriod: number | null;
  /** The verdict (vượt / đạt / đúng hướng / chưa đạt); null without a plan or a figure. */
  status: IndicatorStatus | null;
  /** The words the line's verdict column shows (lib/verdict.ts). */
  verdict: Verdict | null;
  notes: ReportNote[];
}

export type ReportLine = ReportGroupLine | ReportIndicatorLine;

export function reportLines(groups: ReportGroup[], options: { rolledUpIndicatorIds?: number[] } = {}): ReportLine[] {
  const rolledUp = new Set(options.rolledUpIndicatorIds ?? []);
  const lines: ReportLine[] = [];
  let number = 1;
  groups.forEach((g, gi) => {
    lines.push({ kind: "group", number: ROMAN[gi] ?? String(gi + 1), group: g.group });
    for (const row of g.rows) {
      const notes: ReportNote[] = [];
      const a = row.actual;
      if (a?.status === "estimate") notes.push("estimate");
      if (a?.status === "preliminary") notes.push("preliminary");
      const sources = [a?.source, row.plans.council?.source, row.plans.higher_level?.source];
      if (sources.includes("illustrative")) notes.push("illustrative");
      if (sources.includes("derived") && (row.plans.council?.source === "derived" || row.plans.higher_level?.source === "derived")) notes.push("derivedPlan");
      if (row.plans.council?.version === "adjusted") notes.push("adjustedPlan");
      if (a?.derived) notes.push("derivedGrowth");
      if (a?.statedMismatch) notes.push("statedDiffers");
      if (row.samePeriodLastYear !== null && rolledUp.has(row.indicator.id)) notes.push("predecessorSum");
      lines.push({
        kind: "indicator",
        number: number++,
        indicator: row.indicator,
        samePeriod: row.samePeriodLastYear,
        planHigher: row.plans.higher_level,
        planCouncil: row.plans.council,
        actual: a?.value ?? null,
        actualStatus: a?.status ?? null,
        statedValue: a?.statedMismatch ? a.statedValue : null,
        percentOfPlan: row.judgedAgainst ? row.percentOfPlan[row.judgedAgainst] : null,
        percentOfPlanHigher: row.percentOfPlan.higher_level,
        percentOfPlanCouncil: row.percentOfPlan.council,
        percentOfSamePeriod: row.percentOfSamePeriod,
        status: row.evaluation?.status ?? null,
        verdict: lineVerdict(row.evaluation?.status ?? null, a !== undefined && a !== null),
        notes,
      });
    }
  });
  return lines;
}

/** The notes that occur in these lines, in catalogue order: the footnotes under the table. */
export function usedNotes(lines: ReportLine[]): ReportNote[] {
  const used = new Set(lines.flatMap((l) => (l.kind === "indicator" ? l.notes : [])));
  return REPORT_NOTES.filter((n) => used.has(n));
}
