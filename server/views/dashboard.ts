import "server-only";
import { getIndicators, getReportedPeriods } from "@/db/queries/compare";
import { getSuccessors, type Successor } from "@/db/queries/reform";
import { getLatestPlanYear, getReportYears } from "@/db/queries/report";
import { getChildUnits, getUnitAncestors, type UnitSummary } from "@/db/queries/units";
import { buildDashboard, digestChildren, headlineStatus, type ChildrenDigest, type DashboardGroup } from "@/lib/dashboard";
import type { IndicatorStatus, Period } from "@/lib/domain";
import { buildUnitReport, latestReportedPeriod, summarizeStatuses, type PlanChoice, type ReportGroup, type StatusSummary } from "@/lib/report";
import type { CompareUnit } from "@/lib/compare";
import type { ViewContext } from "./context";
import { unitFigures, unitsFigures, type ReformInfo } from "./figures";
import { defaultYear } from "@/lib/year";

export interface JudgedUnit {
  year: number;
  period: Period;
  planChoice: PlanChoice;
  groups: ReportGroup[];
  dashboard: DashboardGroup[];
  summary: StatusSummary;
  reform: ReformInfo | null;
}

export interface DashboardView {
  unit: UnitSummary;
  ancestors: UnitSummary[];
  children: UnitSummary[];
  years: number[];
  /** For a former unit: the units its figures continue in since the 2025 reform. */
  successors: Successor[];
  /** The unit's own indicators judged; null when it has no year of its own (a province whose towns report). */
  judged: JudgedUnit | null;
  /** What the children panel shows: the unit's view, or for a unit without figures the latest year with plans. */
  childrenView: { year: number | null; period: Period; planChoice: PlanChoice };
}

/** A unit's indicators judged for a year and period, completed across the reform; kept until the figures change. */
export function judgeUnit(
  ctx: ViewContext,
  { unitId, year, period, planChoice }: { unitId: number; year: number; period?: Period; planChoice: PlanChoice },
): Promise<JudgedUnit> {
  return ctx.cached(["judged", unitId, year, period, planChoice], async () => {
    const figures = await unitFigures(ctx, { unitId, year, period });
    const groups = buildUnitReport({ ...figures, year, period: figures.period, planChoice });
    return {
      year,
      period: figures.period,
      planChoice,
      groups,
      dashboard: buildDashboard(groups, planChoice),
      summary: summarizeStatuses(groups),
      reform: figures.reform,
    };
  });
}

/** The unit dashboard: its place in the hierarchy, its indicators judged for the view, and what its children panel shows. */
export async function dashboardView(
  ctx: ViewContext,
  { unit, year: askedYear, period, planChoice = "council" }: { unit: UnitSummary; year?: number; period?: Period; planChoice?: PlanChoice },
): Promise<DashboardView> {
  const [years, ancestors, children, successors] = await Promise.all([
    getReportYears(ctx.db, { unitId: unit.id }),
    getUnitAncestors(ctx.db, { unit }),
    getChildUnits(ctx.db, { unitId: unit.id }),
    getSuccessors(ctx.db, { unitId: unit.id }),
  ]);
  // A unit with no figures of its own has no year to show, whatever year the link came with.
  const year = years.length > 0 ? (askedYear ?? defaultYear(years, new Date().getFullYear()) ?? undefined) : undefined;
  if (year === undefined) {
    // The children's own latest year (a former province's towns stop in 2024), else the newest of all.
    const childYear = children.length > 0 ? ((await getLatestPlanYear(ctx.db, { parentId: unit.id })) ?? (await getLatestPlanYear(ctx.db))) : null;
    const childPeriod =
      childYear === null
        ? "FY"
        : (latestReportedPeriod(await getReportedPeriods(ctx.db, { scope: { level: children[0]!.level }, year: childYear }), childYear) ?? "FY");
    return { unit, ancestors, children, years, successors, judged: null, childrenView: { year: childYear, period: childPeriod, planChoice: "council" } };
  }
  const judged = await judgeUnit(ctx, { unitId: unit.id, year, period, planChoice });
  return { unit, ancestors, children, years, successors, judged, childrenView: { year, period: judged.period, planChoice } };
}

export type ChildStatus = CompareUnit & { summary: StatusSummary; headline: IndicatorStatus | null };

/**
 * The dashboard's children panel: every child judged as its own dashboard judges it (its figures
 * completed across the reform), summed up and digested; kept until the figures change.
 */
export function childrenStatusView(
  ctx: ViewContext,
  { unitId, year, period, planChoice }: { unitId: number; year: number | null; period: Period; planChoice: PlanChoice },
): Promise<ChildrenDigest<ChildStatus>> {
  return ctx.cached(["children", unitId, year, period, planChoice], async () => {
    const children = await childStatuses(ctx, { unitId, year, period, planChoice });
    return digestChildren(children);
  });
}

/** Every child's statuses for the period, before the panel's digest. */
export async function childStatuses(
  ctx: ViewContext,
  { unitId, year, period, planChoice }: { unitId: number; year: number | null; period: Period; planChoice: PlanChoice },
): Promise<ChildStatus[]> {
  const indicators = year === null ? [] : await getIndicators(ctx.db);
  const children = await unitsFigures(ctx, { scope: { parentId: unitId }, year: year ?? 0, period, indicators });
  return children.units.map((u) => {
    const figures = children.figuresByUnit.get(u.id)!;
    const summary = summarizeStatuses(year === null ? [] : buildUnitReport({ indicators, ...figures, year, period, planChoice }));
    return { ...u, summary, headline: headlineStatus(summary) };
  });
}
