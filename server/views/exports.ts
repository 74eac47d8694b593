import "server-only";
import { getUnitFigures } from "@/db/queries/figures";
import { getReportYears } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import type { IndicatorGroup, Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { comparisonSheet } from "@/lib/spreadsheet/comparison-sheet";
import { figuresSheet } from "@/lib/spreadsheet/figures-sheet";
import { reportSheet } from "@/lib/spreadsheet/report-sheet";
import { toCsv, type Sheet } from "@/lib/spreadsheet/sheet";
import { comparisonSheetText, downloadName, figuresSheetText, narrativeHeadings, reportSheetText } from "@/lib/spreadsheet/texts";
import { narrativeDocx } from "@/lib/narrative-docx";
import { toXlsx } from "@/lib/spreadsheet/xlsx";
import { comparisonPrintView } from "./comparison";
import type { ViewContext } from "./context";
import type { OfficialDocument } from "./document";
import { reportPrintView } from "./report";
import { defaultYear } from "@/lib/year";

export type ExportFormat = "xlsx" | "csv";
export type ReportFormat = ExportFormat | "docx";

/** A file to download: its name without extension, its format and its bytes. */
export interface ExportFile {
  fileName: string;
  format: ReportFormat;
  body: Buffer | string;
}

/** CSV for programs (plain numbers, comparators in their own column), .xlsx for people. */
async function write(sheet: Sheet, fileName: string, format: ExportFormat): Promise<ExportFile> {
  return { fileName, format, body: format === "csv" ? toCsv(sheet, { plain: true }) : await toXlsx([sheet]) };
}

const withDocument = (document: OfficialDocument) => ({ frame: document.frame, text: document.labels, summary: document.summary, tableTitle: document.tableTitle });

/**
 * The standard report as .xlsx or CSV (the lines of the printed report), or as the narrative
 * report in .docx (the same lines and document, in sentences). Null for an unknown unit or one with no year.
 */
export async function reportExport(
  ctx: ViewContext,
  { unitId, year, period, planChoice, format, date }: { unitId: number; year?: number; period?: Period; planChoice?: PlanChoice; format: ReportFormat; date: string },
): Promise<ExportFile | null> {
  const report = await reportPrintView(ctx, { unitId, year, period, planChoice, date });
  if (!report) return null;
  if (format === "docx") {
    const text = reportSheetText({ unitName: report.unit.name, period: report.period, year: report.year, date });
    const { document } = report;
    const body = await narrativeDocx({
      frame: document.frame,
      labels: document.labels,
      summary: document.summary,
      tableTitle: document.tableTitle,
      lines: report.lines,
      period: report.period,
      columns: text.columns,
      group: text.group,
      verdict: text.verdict,
      note: text.note,
      ...narrativeHeadings(),
    });
    return { fileName: downloadName("narrative", { unit: report.unit, year: report.year, period: report.period }), format, body };
  }
  const sheet = reportSheet(report.lines, reportSheetText({ unitName: report.unit.name, period: report.period, year: report.year, date }), withDocument(report.document));
  return write(sheet, downloadName("report", { unit: report.unit, year: report.year, period: report.period }), format);
}

/** One indicator group across the unit's children, as .xlsx or CSV: the lines of the printed comparison. */
export async function comparisonExport(
  ctx: ViewContext,
  args: { unitId: number; year?: number; period?: Period; planChoice?: PlanChoice; group?: IndicatorGroup; format: ExportFormat; date: string },
): Promise<ExportFile | null> {
  const view = await comparisonPrintView(ctx, args);
  if (!view) return null;
  const { unit, year, period, group } = view;
  const sheet = comparisonSheet(view.lines, comparisonSheetText({ unitName: unit.name, group, period, year, date: args.date }), withDocument(view.document));
  return write(sheet, downloadName("compare", { unit, year, period, group }), args.format);
}

/** A unit's stored figures for a year, every period, as entered. */
export async function figuresExport(
  ctx: ViewContext,
  { unitId, year: askedYear, format, date }: { unitId: number; year?: number; format: ExportFormat; date: string },
): Promise<ExportFile | null> {
  const unit = await getUnit(ctx.db, { unitId });
  if (!unit) return null;
  const year = askedYear ?? defaultYear(await getReportYears(ctx.db, { unitId }), new Date().getFullYear()) ?? undefined;
  if (year === undefined) return null;
  const sheet = figuresSheet(await getUnitFigures(ctx.db, { unitId, year }), figuresSheetText({ unitName: unit.name, year, date }));
  return write(sheet, downloadName("figures", { unit, year }), format);
}
