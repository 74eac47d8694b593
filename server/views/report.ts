import "server-only";
import { getReportYears } from "@/db/queries/report";
import { getSuccessors, type Successor } from "@/db/queries/reform";
import { getChildUnits, getUnit, getUnitAncestors, type UnitSummary } from "@/db/queries/units";
import type { Period } from "@/lib/domain";
import { buildUnitReport, type PlanChoice, type ReportGroup } from "@/lib/report";
import { reportLines, type ReportLine } from "@/lib/spreadsheet/report-rows";
import type { ViewContext } from "./context";
import { decisionsOf, officialDocument, type OfficialDocument } from "./document";
import { reportSummaryLine, reportTableTitle } from "@/lib/spreadsheet/texts";
import { unitFigures, type ReformInfo } from "./figures";
import { defaultYear } from "@/lib/year";
import { dateInVietnam } from "@/lib/print-params";

export interface StandardReport {
  unit: UnitSummary;
  years: number[];
  year: number;
  period: Period;
  planChoice: PlanChoice;
  groups: ReportGroup[];
  reform: ReformInfo | null;
}

/**
 * The standard report (biểu) of a unit as the page, the printable page and the exports show it,
 * its last year completed across the 2025 reform. Null when the unit does not exist or has no year.
 */
export async function standardReport(
  ctx: ViewContext,
  { unitId, year: askedYear, period, planChoice = "council" }: { unitId: number; year?: number; period?: Period; planChoice?: PlanChoice },
): Promise<StandardReport | null> {
  const unit = await getUnit(ctx.db, { unitId });
  if (!unit) return null;
  const years = await getReportYears(ctx.db, { unitId });
  const year = askedYear ?? defaultYear(years, new Date().getFullYear()) ?? undefined;
  if (year === undefined) return null;
  const figures = await unitFigures(ctx, { unitId, year, period });
  const groups = buildUnitReport({ ...figures, year, period: figures.period, planChoice });
  return { unit, years: years.includes(year) ? years : [year, ...years], year, period: figures.period, planChoice, groups, reform: figures.reform };
}

export interface ReportPageView {
  unit: UnitSummary;
  ancestors: UnitSummary[];
  children: UnitSummary[];
  successors: Successor[];
  years: number[];
  /** Null when the unit has no year of its own. */
  report: StandardReport | null;
}

/** The report page: the standard report with the unit's place in the hierarchy and, for an old unit, where it went. */
export async function reportPageView(
  ctx: ViewContext,
  { unit, year, period, planChoice }: { unit: UnitSummary; year?: number; period?: Period; planChoice?: PlanChoice },
): Promise<ReportPageView> {
  const [years, ancestors, children, successors] = await Promise.all([
    getReportYears(ctx.db, { unitId: unit.id }),
    getUnitAncestors(ctx.db, { unit }),
    getChildUnits(ctx.db, { unitId: unit.id }),
    getSuccessors(ctx.db, { unitId: unit.id }),
  ]);
  // A unit with no figures of its own has no year to show, whatever year the link came with.
  const report = years.length === 0 ? null : await standardReport(ctx, { unitId: unit.id, year: year ?? defaultYear(years, new Date().getFullYear()) ?? undefined, period, planChoice });
  return { unit, ancestors, children, successors, years, report };
}

export interface ReportPrintView extends StandardReport {
  lines: ReportLine[];
  /** The administrative document around the table. */
  document: OfficialDocument;
}

/** The printable report: the standard report's lines, as the exports write them, in its document. One truth for the print, the .xlsx, the CSV and the .docx. */
export async function reportPrintView(
  ctx: ViewContext,
  { date = dateInVietnam(new Date()), ...args }: { unitId: number; year?: number; period?: Period; planChoice?: PlanChoice; date?: string },
): Promise<ReportPrintView | null> {
  const report = await standardReport(ctx, args);
  if (!report) return null;
  const lines = reportLines(report.groups, { rolledUpIndicatorIds: report.reform?.rolledUpIndicatorIds });
  const document = await officialDocument(ctx, {
    unit: report.unit,
    year: report.year,
    date,
    decisions: decisionsOf(lines.filter((l) => l.kind === "indicator")),
    summary: reportSummaryLine({ period: report.period, year: report.year }),
    tableTitle: reportTableTitle({ unitName: report.unit.name, period: report.period, year: report.year }),
  });
  return { ...report, lines, document };
}
