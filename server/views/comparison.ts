import "server-only";
import { COMMUNE_LEVEL, getComparisonData, getIndicators, type CompareScope } from "@/db/queries/compare";
import { getLatestPlanYear, getReportYears, getUnitReportData } from "@/db/queries/report";
import { getChildUnits, getUnit, getUnitAncestors, type UnitSummary } from "@/db/queries/units";
import { compareRows, compareTotal, rollupFigures, type CompareRow, type CompareTotal } from "@/lib/compare";
import type { IndicatorGroup, Period } from "@/lib/domain";
import { buildUnitReport, latestReportedPeriod, type IndicatorDef, type PlanChoice, type ReportGroup } from "@/lib/report";
import { comparisonLines, type ComparisonLine } from "@/lib/spreadsheet/comparison-rows";
import type { ViewContext } from "./context";
import { decisionsOf, officialDocument, type OfficialDocument } from "./document";
import { dateInVietnam } from "@/lib/print-params";
import { comparisonSummaryLine, comparisonTableTitle } from "@/lib/spreadsheet/texts";
import { completeUnitsFigures, unitsFigures } from "./figures";
import { referenceDateForYear, vietnamDate, yearForAsOf } from "@/lib/in-force";
import { defaultYear } from "@/lib/year";

export interface ComparisonView {
  /** Every indicator, for the column chooser. */
  all: IndicatorDef[];
  /** The indicators shown as columns: those asked for, else the first ones the compared units have plans for. */
  columns: IndicatorDef[];
  period: Period;
  planChoice: PlanChoice;
  rows: CompareRow[];
  /** The units' figures rolled up by each indicator's rule, judged against the parent's own plans. */
  total: CompareTotal;
}

/**
 * The comparison of a set of units (a unit's children, or every commune of the country) on the
 * chosen indicators: each unit judged as its own dashboard judges it, its figures completed across
 * the reform, and the total pinned on top. Kept until the figures change.
 */
export function comparisonView(
  ctx: ViewContext,
  {
    scope,
    parentId,
    year,
    period: askedPeriod,
    indicatorCodes,
    planChoice = "council",
  }: { scope: CompareScope; parentId: number | null; year: number; period?: Period; indicatorCodes?: string[]; planChoice?: PlanChoice },
): Promise<ComparisonView> {
  return ctx.cached(["compare", "parentId" in scope ? scope.parentId : `level${scope.level}`, scope.inForceOn, year, askedPeriod, indicatorCodes, planChoice], async () => {
    const data = await getComparisonData(ctx.db, {
      scope,
      parentId,
      year,
      period: askedPeriod,
      indicatorCodes,
      pickPeriod: (reported) => latestReportedPeriod(reported, year) ?? "FY",
    });
    const { columns, indicators, period } = data;
    const figures = await completeUnitsFigures(ctx, data, { year, period, indicators, indicatorIds: indicators.map((i) => i.id) });
    const input = { columns, indicators, children: figures.units, figuresByUnit: figures.figuresByUnit, parentPlans: data.parentPlans, year, period, planChoice };
    return { all: data.all, columns, period, planChoice, rows: compareRows(input), total: compareTotal(input) };
  });
}

export interface CountryComparisonView {
  /** The years offered: the latest with plans and the two before it. */
  years: number[];
  year: number;
  data: ComparisonView;
}

/**
 * Every commune-level unit of the country side by side (3.321 since the 2025 reform): only those
 * in force for the year, so the latest year shows today's map and earlier years the former one.
 * Null in a database without plans.
 */
export async function countryComparisonView(
  ctx: ViewContext,
  { year: askedYear, asOf, period, indicatorCodes, planChoice }: { year?: number; asOf?: string; period?: Period; indicatorCodes?: string[]; planChoice?: PlanChoice },
): Promise<CountryComparisonView | null> {
  const latest = await getLatestPlanYear(ctx.db);
  if (latest === null) return null;
  const year = askedYear ?? yearForAsOf(latest, asOf);
  const data = await comparisonView(ctx, {
    // Only the units in force for the year: the 3.321 of today, or the pre-2025 ones for earlier years;
    // a chosen day stands for today (15/03/2024 shows the units of that day).
    scope: { level: COMMUNE_LEVEL, inForceOn: referenceDateForYear(year, asOf ?? vietnamDate(new Date())) },
    parentId: null,
    year,
    period,
    indicatorCodes,
    planChoice,
  });
  return { years: [...new Set([latest, latest - 1, latest - 2, year])].sort((a, b) => b - a), year, data };
}

export interface ComparisonFrame {
  /** The years the unit has figures or plans for. */
  years: number[];
  ancestors: UnitSummary[];
  children: UnitSummary[];
}

/** What the comparison of a unit's children is framed by: its years, its place in the hierarchy and the children compared. */
export async function comparisonFrame(ctx: ViewContext, { unit }: { unit: UnitSummary }): Promise<ComparisonFrame> {
  const [years, ancestors, children] = await Promise.all([
    getReportYears(ctx.db, { unitId: unit.id }),
    getUnitAncestors(ctx.db, { unit }),
    getChildUnits(ctx.db, { unitId: unit.id }),
  ]);
  return { years, ancestors, children };
}

export interface ChildReport {
  unit: { id: number; code: string; name: string };
  groups: ReportGroup[];
  /** For a unit formed by the 2025 reform: indicators whose same-period figure is its predecessors' total. */
  rolledUpIndicatorIds: number[];
}

/**
 * Every child's standard report for a year and period, for the comparison variant of the biểu: a
 * few queries for all children together, each completed across the reform as on its own report.
 */
export async function childReports(
  ctx: ViewContext,
  args: { unitId: number; year: number; period: Period; planChoice?: PlanChoice },
): Promise<ChildReport[]> {
  return (await childReportsWithTotal(ctx, args)).children;
}

/**
 * The children's reports and their total (Tổng cộng): their figures rolled up by each indicator's
 * rule (lib/rollup.ts, as the comparison's pinned total), judged against the parent's own plans.
 */
export async function childReportsWithTotal(
  ctx: ViewContext,
  { unitId, year, period, planChoice = "council" }: { unitId: number; year: number; period: Period; planChoice?: PlanChoice },
): Promise<{ children: ChildReport[]; total: ReportGroup[] }> {
  const indicators = await getIndicators(ctx.db);
  const [figures, parent] = await Promise.all([
    unitsFigures(ctx, { scope: { parentId: unitId }, year, period, indicators }),
    getUnitReportData(ctx.db, { unitId, year }),
  ]);
  const children = figures.units.map(({ id, code, name }) => ({
    unit: { id, code, name },
    groups: buildUnitReport({ indicators, ...figures.figuresByUnit.get(id)!, year, period, planChoice }),
    rolledUpIndicatorIds: figures.rolledUpByUnit.get(id) ?? [],
  }));
  const { actuals } = rollupFigures(
    indicators,
    figures.units.map((u) => figures.figuresByUnit.get(u.id) ?? { plans: [], actuals: [] }),
  );
  return { children, total: buildUnitReport({ indicators, plans: parent.plans, actuals, year, period, planChoice }) };
}

export interface ComparisonPrintView {
  unit: UnitSummary;
  year: number;
  period: Period;
  planChoice: PlanChoice;
  group: IndicatorGroup;
  children: ChildReport[];
  lines: ComparisonLine[];
  document: OfficialDocument;
}

/** One indicator group across the unit's children, for printing and for the comparison's files. Null for an unknown unit or one with no year. */
export async function comparisonPrintView(
  ctx: ViewContext,
  {
    unitId,
    year: askedYear,
    period = "FY",
    planChoice = "council",
    group = "economy",
    date = dateInVietnam(new Date()),
  }: { unitId: number; year?: number; period?: Period; planChoice?: PlanChoice; group?: IndicatorGroup; date?: string },
): Promise<ComparisonPrintView | null> {
  const unit = await getUnit(ctx.db, { unitId });
  if (!unit) return null;
  const year = askedYear ?? defaultYear(await getReportYears(ctx.db, { unitId }), new Date().getFullYear()) ?? undefined;
  if (year === undefined) return null;
  const { children, total } = await childReportsWithTotal(ctx, { unitId, year, period, planChoice });
  const lines = comparisonLines(group, children, total);
  const document = await officialDocument(ctx, {
    unit,
    year,
    date,
    // The unit's own decisions (those behind Tổng cộng), not each ward's.
    decisions: decisionsOf(lines.filter((l) => l.kind === "total")),
    summary: comparisonSummaryLine({ unitName: unit.name, group, period, year }),
    tableTitle: comparisonTableTitle({ unitName: unit.name, group, period, year }),
  });
  return { unit, year, period, planChoice, group, children, lines, document };
}
