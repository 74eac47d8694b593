// The unit dashboard: each indicator as a compact progress item, the statuses summed up the way
// officials speak, and a headline status per child unit. Pure: built from buildUnitReport's rows.
import { INDICATOR_STATUSES, isProvisional, type IndicatorStatus } from "./domain";
import { countInto, emptySummary, type PlanChoice, type ReportGroup, type ReportRow, type StatusSummary } from "./report";
import { worstStatus, type Verdict } from "./verdict";

/** Positions on a progress bar as fractions of its width (0..1); null where there is nothing to mark. */
export interface ProgressGeometry {
  /** Length of the bar for the actual figure. */
  actual: number;
  /** Where the year's plan sits. */
  plan: number;
  /** The "expected by now" marker for the period. */
  expected: number | null;
  /** The actual runs past the end of the scale (shown as an arrow, not a longer bar). */
  overflow: boolean;
}

/** How far the scale reaches past the plan, so that a figure a little over the plan still shows. */
const HEADROOM = 1.25;

/**
 * Geometry of a bar on a scale from 0 to 125% of the plan: the plan marker sits at 80%, the
 * actual and the expected marker where their values fall. A lower-is-better figure uses the same
 * scale: a short bar under the plan marker is then the good case. Null without a usable plan.
 */
export function progressGeometry({
  actual,
  plan,
  expected,
}: {
  actual: number | null;
  plan: number | null;
  expected: number | null;
}): ProgressGeometry | null {
  if (actual === null || plan === null || !Number.isFinite(actual) || !Number.isFinite(plan) || plan <= 0) return null;
  const max = plan * HEADROOM;
  const at = (v: number) => Math.min(Math.max(v / max, 0), 1);
  return {
    actual: at(actual),
    plan: at(plan),
    expected: expected !== null && Number.isFinite(expected) ? at(expected) : null,
    overflow: actual > max,
  };
}

export interface DashboardItem {
  row: ReportRow;
  /** % of the plan the status is judged against (or the chosen plan), and of the other version. */
  percentOfChosenPlan: number | null;
  percentOfOtherPlan: number | null;
  otherPlan: PlanChoice;
  /** The figure is an estimate (ước) or preliminary, not yet official. */
  provisional: boolean;
  geometry: ProgressGeometry | null;
}

export interface DashboardGroup {
  group: ReportGroup["group"];
  items: DashboardItem[];
}

export function dashboardItem(row: ReportRow, planChoice: PlanChoice): DashboardItem {
  const other: PlanChoice = planChoice === "council" ? "higher_level" : "council";
  const judged = row.judgedAgainst ?? planChoice;
  const plan = row.plans[judged];
  return {
    row,
    percentOfChosenPlan: row.percentOfPlan[planChoice],
    percentOfOtherPlan: row.percentOfPlan[other],
    otherPlan: other,
    provisional: isProvisional(row.actual?.status),
    geometry: progressGeometry({
      actual: row.actual?.value ?? null,
      plan: plan?.value ?? null,
      expected: row.evaluation?.expected ?? null,
    }),
  };
}

export function buildDashboard(groups: ReportGroup[], planChoice: PlanChoice): DashboardGroup[] {
  return groups.map((g) => ({ group: g.group, items: g.rows.map((r) => dashboardItem(r, planChoice)) }));
}

/**
 * The verdicts in the order officials read them out, with their counts, leaving out zeros:
 * "3 vượt tiến độ, 1 chậm tiến độ, 1 chưa báo cáo".
 */
export function summaryParts(summary: StatusSummary): { status: Verdict; count: number }[] {
  const parts: { status: Verdict; count: number }[] = INDICATOR_STATUSES.map((status) => ({ status, count: summary[status] }));
  parts.push({ status: "not_reported", count: summary.notReported });
  return parts.filter((p) => p.count > 0);
}

/**
 * One status for a unit, where a single word is needed: the worst among its judged indicators,
 * never the most frequent, so that a list never looks better than the figures. Null when nothing
 * could be judged. The counts (summaryParts) stay beside it.
 */
export function headlineStatus(summary: StatusSummary): IndicatorStatus | null {
  return worstStatus(INDICATOR_STATUSES.filter((s) => summary[s] > 0));
}

/** A town lists its few wards in full; a province's hundred and more belong in the comparison table. */
export const CHILDREN_LISTED = 20;

export interface ChildrenDigest<T> {
  /** The children to list: all of them, or the CHILDREN_LISTED with most indicators not achieved. */
  listed: T[];
  /** True when `listed` leaves some children out. */
  partial: boolean;
  /** How many of the listed have an indicator not achieved: they come first, the rest follow by code. */
  behind: number;
  /** Every child counted by its headline status; `notReported` counts those with no figure, `unjudged` those judged on nothing. */
  headlines: StatusSummary;
}

/**
 * The children panel of a dashboard. When there are too many to list, it keeps those furthest
 * behind (most indicators not achieved, then the larger share of them, then by code), because an
 * official opening a province wants to see first who needs help.
 */
export function digestChildren<T extends { code: string; summary: StatusSummary; headline: IndicatorStatus | null }>(
  children: T[],
  limit = CHILDREN_LISTED,
): ChildrenDigest<T> {
  const headlines = emptySummary();
  for (const c of children) countInto(headlines, { reported: c.summary.reported > 0, status: c.headline });
  const behindIn = (list: T[]) => list.filter((c) => c.summary.not_achieved > 0).length;
  if (children.length <= limit) return { listed: children, partial: false, behind: behindIn(children), headlines };
  const share = (s: StatusSummary) => (s.total > 0 ? s.not_achieved / s.total : 0);
  const listed = [...children]
    .sort((a, b) => b.summary.not_achieved - a.summary.not_achieved || share(b.summary) - share(a.summary) || a.code.localeCompare(b.code))
    .slice(0, limit);
  return { listed, partial: true, behind: behindIn(listed), headlines };
}
