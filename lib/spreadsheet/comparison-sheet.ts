// The comparison variant as a Sheet: a heading row per indicator, a row per unit, then Tổng cộng.
import type { DocumentFrame } from "../official-document";
import type { ComparisonLine } from "./comparison-rows";
import { documentTitle, planCell, sheetDocument, tableColumns, type ReportSheetText, type SheetDocumentText } from "./report-sheet";
import type { Cell, Sheet } from "./sheet";

export interface ComparisonSheetText extends Pick<ReportSheetText, "columns" | "comparatorOf" | "verdict" | "note"> {
  sheetName: string;
  title: string[];
  indicatorHeading: (number: number, indicator: string, measure: string) => string;
  /** "Tổng cộng". */
  total: string;
}

export function comparisonSheet(
  lines: ComparisonLine[],
  text: ComparisonSheetText,
  document?: { frame: DocumentFrame; text: SheetDocumentText; summary: string; tableTitle: string },
): Sheet {
  const rows: Cell[][] = [];
  const decimals: (number | null)[] = [];
  const emphasised: number[] = [];
  for (const line of lines) {
    if (line.kind === "indicator") {
      emphasised.push(rows.length);
      rows.push([line.number, text.indicatorHeading(line.number, line.indicator.nameVi, line.indicator.measureVi), ...Array<Cell>(10).fill(null)]);
      decimals.push(null);
      continue;
    }
    if (line.kind === "total") emphasised.push(rows.length);
    rows.push([
      line.kind === "unit" ? line.number : null,
      line.kind === "unit" ? line.unit.name : text.total,
      line.indicator.measureVi,
      line.samePeriod,
      planCell(line.planHigher),
      planCell(line.planCouncil),
      line.actual,
      line.percentOfPlanHigher,
      line.percentOfPlanCouncil,
      line.percentOfSamePeriod,
      line.verdict ? text.verdict(line.verdict) : null,
      line.notes.map(text.note).join("; ") || null,
    ]);
    decimals.push(line.indicator.decimals);
  }
  return {
    name: text.sheetName,
    title: document ? documentTitle(document.text, document.summary, document.tableTitle) : text.title,
    columns: tableColumns(text, "unit", decimals),
    rows,
    emphasised,
    footer: document && document.frame.legalBases.length > 0 ? [document.text.bases, ...document.frame.legalBases] : undefined,
    document: document ? sheetDocument(document.frame, document.text) : undefined,
  };
}
