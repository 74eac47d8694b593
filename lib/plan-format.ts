// How a plan figure is written wherever it is shown (dashboard, report, entry form, print, exports,
// upload preview): the comparator as a symbol before the figure, a range as "a – b".
import type { Comparator } from "./domain";
import { formatNumber, formatNumberInput } from "./numbers";

/** What is written before a plan's figure: "≥ 12,4" for a floor (trở lên), "≤ 0,2" for a ceiling. */
export const COMPARATOR_PREFIX: Record<Comparator, string> = { gte: "≥ ", lte: "≤ ", eq: "", range: "" };

export interface PlanFigureValue {
  comparator: Comparator;
  value: number;
  /** The upper bound of a range ("7,5% đến 8%"). */
  valueMax: number | null;
}

/** A plan's figure alone; in Vietnamese as the decision wrote it (0,2 not 0,20). */
export function formatPlanNumber(value: number, decimals: number, locale: "vi" | "en"): string {
  return locale === "vi" ? formatNumberInput(value, decimals) : formatNumber(value, decimals, locale);
}

/** "≥ 18.964", "≤ 0,2", "7,5 – 8", "41,67"; "" when there is no plan. */
export function formatPlan(plan: PlanFigureValue | null | undefined, decimals: number, locale: "vi" | "en"): string {
  if (!plan) return "";
  const show = (v: number) => formatPlanNumber(v, decimals, locale);
  return plan.comparator === "range" && plan.valueMax !== null
    ? `${show(plan.value)} – ${show(plan.valueMax)}`
    : `${COMPARATOR_PREFIX[plan.comparator]}${show(plan.value)}`;
}

/** A gap with its sign, as reports write it: "+2,4", "−0,12" (a true minus sign), "0". */
export function formatSigned(value: number, decimals: number, locale: "vi" | "en"): string {
  const rounded = Number(value.toFixed(Math.min(Math.max(decimals, 0), 12)));
  if (rounded === 0) return formatNumber(0, decimals, locale);
  return `${rounded > 0 ? "+" : "−"}${formatNumber(Math.abs(rounded), decimals, locale)}`;
}
