// The standard report as a Sheet for .xlsx and CSV: the same lines the printed report shows, in
// the same administrative document.
import type { IndicatorGroup } from "../domain";
import type { Verdict } from "../verdict";
import type { DocumentFrame } from "../official-document";
import type { PlanFigure } from "../report";
import type { ReportLine, ReportNote } from "./report-rows";
import { COMPARATOR_PREFIX } from "../plan-format";
import { usedNotes } from "./report-rows";
import type { Cell, Sheet, SheetColumn, SheetDocument } from "./sheet";

export const REPORT_COLUMNS = [
  "number",
  "indicator",
  "measure",
  "samePeriod",
  "planHigher",
  "planCouncil",
  "actual",
  "percentOfPlanHigher",
  "percentOfPlanCouncil",
  "percentOfSamePeriod",
  "status",
  "notes",
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number] | "unit";

export interface ReportSheetText {
  sheetName: string;
  title: string[];
  columns: Record<ReportColumn, string>;
  /** Header of a plan's comparator column in a plain CSV. */
  comparatorOf: (planHeader: string) => string;
  group: (group: IndicatorGroup) => string;
  /** The verdict in words, from the catalogue's one list. */
  verdict: (verdict: Verdict) => string;
  /** Short text in the Ghi chú column. */
  note: (note: ReportNote) => string;
  /** Explanation under the table. */
  footnote: (note: ReportNote) => string;
  /** "đến" in a range "7,5 đến 8". */
  rangeTo: string;
}

/** Words of the document parts of a sheet. */
export interface SheetDocumentText {
  nation: string;
  motto: string;
  documentType: string;
  bases: string;
  recipientsHeading: string;
  preparerHeading: string;
}

/** A plan as a cell: its number, with ≥ or ≤ as a prefix of the number format and its comparator kept. */
export function planCell(plan: PlanFigure | null): Cell {
  if (!plan) return null;
  return { value: plan.value, prefix: COMPARATOR_PREFIX[plan.comparator], comparator: plan.comparator };
}

/** The columns of the biểu, for the report (Chỉ tiêu) or the comparison (Đơn vị). */
export function tableColumns(text: Pick<ReportSheetText, "columns" | "comparatorOf">, first: "indicator" | "unit", decimals: (number | null)[]): SheetColumn[] {
  const c = text.columns;
  return [
    { header: c.number, width: 5 },
    { header: c[first], width: first === "indicator" ? 40 : 30 },
    { header: c.measure, width: 12 },
    { header: c.samePeriod, width: 12, decimalsByRow: decimals },
    { header: c.planHigher, width: 12, decimalsByRow: decimals, comparatorHeader: text.comparatorOf(c.planHigher) },
    { header: c.planCouncil, width: 12, decimalsByRow: decimals, comparatorHeader: text.comparatorOf(c.planCouncil) },
    { header: c.actual, width: 12, decimalsByRow: decimals },
    { header: c.percentOfPlanHigher, width: 9, decimals: 1, percent: true },
    { header: c.percentOfPlanCouncil, width: 9, decimals: 1, percent: true },
    { header: c.percentOfSamePeriod, width: 9, decimals: 1, percent: true },
    { header: c.status, width: 11 },
    { header: c.notes, width: 22 },
  ];
}

/** Letterhead and signer's block of the document, as sheet lines. */
export function sheetDocument(frame: DocumentFrame, text: SheetDocumentText): SheetDocument {
  const s = frame.signature;
  return {
    left: [...frame.issuers, frame.numberLine],
    right: [text.nation, text.motto, frame.placeAndDate],
    signatureLeft: [text.recipientsHeading, ...s.recipients.map((r) => `- ${r}`), "", text.preparerHeading, s.preparer],
    signatureRight: [s.authority, s.deputy, s.signerTitle, "", "", "", s.signerName].filter((l, i) => i > 2 || l !== ""),
  };
}

/** Title lines above the table: document type, trích yếu, the table's title. */
export function documentTitle(text: SheetDocumentText, summary: string, tableTitle: string): string[] {
  return [text.documentType, summary, tableTitle];
}

export function reportSheet(
  lines: ReportLine[],
  text: ReportSheetText,
  document?: { frame: DocumentFrame; text: SheetDocumentText; summary: string; tableTitle: string },
): Sheet {
  const rows: Cell[][] = [];
  const decimals: (number | null)[] = [];
  const emphasised: number[] = [];
  for (const line of lines) {
    if (line.kind === "group") {
      emphasised.push(rows.length);
      rows.push([line.number, text.group(line.group), ...Array<Cell>(REPORT_COLUMNS.length - 2).fill(null)]);
      decimals.push(null);
      continue;
    }
    const rangeNotes = [line.planHigher, line.planCouncil]
      .filter((p): p is PlanFigure => p?.comparator === "range" && p.valueMax !== null)
      .map((p) => `${text.rangeTo} ${p.valueMax}`);
    rows.push([
      line.number,
      line.indicator.nameVi,
      line.indicator.measureVi,
      line.samePeriod,
      planCell(line.planHigher),
      planCell(line.planCouncil),
      line.actual,
      line.percentOfPlanHigher,
      line.percentOfPlanCouncil,
      line.percentOfSamePeriod,
      line.verdict ? text.verdict(line.verdict) : null,
      [...line.notes.map(text.note), ...rangeNotes].join("; ") || null,
    ]);
    decimals.push(line.indicator.decimals);
  }
  const footnotes = usedNotes(lines).map(text.footnote);
  return {
    name: text.sheetName,
    title: document ? documentTitle(document.text, document.summary, document.tableTitle) : text.title,
    columns: tableColumns(text, "indicator", decimals),
    rows,
    emphasised,
    footer: document && document.frame.legalBases.length > 0 ? [document.text.bases, ...document.frame.legalBases, ...footnotes] : footnotes,
    document: document ? sheetDocument(document.frame, document.text) : undefined,
  };
}
