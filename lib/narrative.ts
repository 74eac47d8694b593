// The narrative report (báo cáo tình hình thực hiện) in the words officials write, generated from the
// biểu's lines: "Giá trị sản xuất ước đạt 18.477 tỷ đồng, bằng 97,4% kế hoạch HĐND giao, tăng 11,8% so
// với cùng kỳ"; a ceiling or a rate against its target: "Tỷ lệ hộ nghèo còn 0,20%, đạt chỉ tiêu ≤ 0,2%".
// The document is always Vietnamese, so its phrases live here with the rules that choose them.
import type { IndicatorStatus, Period } from "./domain";
import { verdictStage, type VerdictStage } from "./verdict";
import { formatNumber, formatPercent } from "./numbers";
import { formatPlan } from "./plan-format";
import type { ReportIndicatorLine, ReportLine } from "./spreadsheet/report-rows";

const PERIOD_WORDS: Record<Period, string> = { Q1: "quý I", H1: "6 tháng", M9: "9 tháng", FY: "năm" };

/** How a verdict reads in a sentence about a target: progress before the year's end, the target at Cả năm (lib/verdict.ts). */
const VERDICT_PHRASE: Record<VerdictStage, Record<IndicatorStatus, string>> = {
  progress: {
    exceeded: "vượt tiến độ thực hiện chỉ tiêu",
    achieved: "đạt tiến độ thực hiện chỉ tiêu",
    not_achieved: "chậm tiến độ thực hiện chỉ tiêu",
  },
  final: {
    exceeded: "vượt chỉ tiêu",
    achieved: "đạt chỉ tiêu",
    not_achieved: "không đạt chỉ tiêu",
  },
};

const pct = (v: number) => formatPercent(v, 1, "vi");

/** "18.477 tỷ đồng", "0,20%": a figure with its unit of measure, "%" written close as documents do. */
export function figureWithMeasure(value: number, line: Pick<ReportIndicatorLine, "indicator">): string {
  const n = formatNumber(value, line.indicator.decimals, "vi");
  const measure = line.indicator.measureVi.trim();
  return measure === "%" ? `${n}%` : measure ? `${n} ${measure}` : n;
}

/** The target as written in the sentence: "≤ 0,2%", "≥ 12,4%", "7,5 – 8%". */
function targetText(line: ReportIndicatorLine, plan: NonNullable<ReportIndicatorLine["planCouncil"]>): string {
  const text = formatPlan(plan, line.indicator.decimals, "vi");
  const measure = line.indicator.measureVi.trim();
  return measure === "%" ? `${text}%` : `${text} ${measure}`;
}

/** "tăng 11,8% so với cùng kỳ", "giảm 3,0% so với cùng kỳ", "bằng cùng kỳ". */
export function samePeriodPhrase(percentOfSamePeriod: number | null): string | null {
  if (percentOfSamePeriod === null || !Number.isFinite(percentOfSamePeriod)) return null;
  const change = percentOfSamePeriod - 100;
  if (Math.abs(change) < 0.05) return "bằng cùng kỳ";
  return `${change > 0 ? "tăng" : "giảm"} ${pct(Math.abs(change))} so với cùng kỳ`;
}

/** Whether the sentence measures the figure against its target (a rate, a ceiling) rather than as a share of a plan. */
function judgedAgainstTarget(line: ReportIndicatorLine): boolean {
  const plan = line.planCouncil ?? line.planHigher;
  return (
    line.indicator.kind === "growth" ||
    line.indicator.kind === "ratio" ||
    line.indicator.direction !== "higher" ||
    line.indicator.measureVi.trim() === "%" ||
    plan?.comparator === "lte" ||
    plan?.comparator === "range"
  );
}

/**
 * One indicator's sentence. The verb says how final the figure is (ước đạt for an estimate); an
 * amount is stated as a share of each plan and against the same period; a rate or a ceiling is
 * stated against its target with the verdict; an indicator without a figure says so.
 */
export function indicatorSentence(line: ReportIndicatorLine, period: Period): string {
  const name = line.indicator.nameVi;
  if (line.actual === null) return `${name}: chưa có số liệu ${PERIOD_WORDS[period]}.`;
  const estimate = line.actualStatus === "estimate";
  const parts: string[] = [];
  const plan = line.planCouncil ?? line.planHigher;
  if (judgedAgainstTarget(line) && plan) {
    const lower = line.indicator.direction === "lower";
    const verb = lower ? (estimate ? "ước còn" : "còn") : estimate ? "ước đạt" : "đạt";
    parts.push(`${name} ${verb} ${figureWithMeasure(line.actual, line)}`);
    if (line.status) parts.push(`${VERDICT_PHRASE[verdictStage(period)][line.status]} ${targetText(line, plan)}`);
    else parts.push(`chỉ tiêu ${targetText(line, plan)}`);
  } else {
    parts.push(`${name} ${estimate ? "ước đạt" : "đạt"} ${figureWithMeasure(line.actual, line)}`);
    if (line.percentOfPlanCouncil !== null && Number.isFinite(line.percentOfPlanCouncil)) parts.push(`bằng ${pct(line.percentOfPlanCouncil)} kế hoạch HĐND giao`);
    if (line.percentOfPlanHigher !== null && Number.isFinite(line.percentOfPlanHigher)) parts.push(`bằng ${pct(line.percentOfPlanHigher)} kế hoạch cấp trên giao`);
    if (line.status === "exceeded" || line.status === "not_achieved") parts.push(VERDICT_PHRASE[verdictStage(period)][line.status].replace("chỉ tiêu", "kế hoạch"));
  }
  const same = samePeriodPhrase(line.percentOfSamePeriod);
  // A rate's change is told by its target, not as a percentage of a percentage.
  if (same && line.indicator.kind !== "growth" && line.indicator.measureVi.trim() !== "%") parts.push(same);
  return `${parts.join(", ")}.`;
}

/** The indicators not achieved, named first in the report's summary; empty when there are none. */
export function notAchieved(lines: ReportLine[]): ReportIndicatorLine[] {
  return lines.filter((l): l is ReportIndicatorLine => l.kind === "indicator" && l.status === "not_achieved");
}

/**
 * At Cả năm: "Có 2/9 chỉ tiêu không đạt kế hoạch: Giá trị sản xuất (97,4% KH); …"; before it, in the
 * progress words every view uses: "Có 2/9 chỉ tiêu chậm tiến độ: Giá trị sản xuất; …" (a share of the
 * year's plan says little mid-year). Or that all with a verdict are met.
 */
export function summarySentence(lines: ReportLine[], period: Period): string {
  const judged = lines.filter((l): l is ReportIndicatorLine => l.kind === "indicator" && l.status !== null);
  const missed = notAchieved(lines);
  const final = verdictStage(period) === "final";
  if (judged.length === 0) return "Chưa có chỉ tiêu nào đủ số liệu để đánh giá.";
  if (missed.length === 0) return `Cả ${judged.length}/${judged.length} chỉ tiêu có số liệu đều đạt hoặc vượt ${final ? "kế hoạch" : "tiến độ"}.`;
  const names = missed.map((l) => (final && l.percentOfPlan !== null && Number.isFinite(l.percentOfPlan) ? `${l.indicator.nameVi} (${pct(l.percentOfPlan)} KH)` : l.indicator.nameVi));
  return `Có ${missed.length}/${judged.length} chỉ tiêu ${final ? "không đạt kế hoạch" : "chậm tiến độ"}: ${names.join("; ")}.`;
}

export interface NarrativeSection {
  /** The group's heading line ("I. Kinh tế"). */
  number: string;
  group: ReportLine & { kind: "group" };
  sentences: string[];
}

/** Per group, a sentence per indicator, in the biểu's order. */
export function narrativeSections(lines: ReportLine[], period: Period): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  for (const line of lines) {
    if (line.kind === "group") sections.push({ number: line.number, group: line, sentences: [] });
    else sections.at(-1)?.sentences.push(indicatorSentence(line, period));
  }
  return sections;
}
