// The narrative report as a Word document an office can edit and sign: the letterhead and the
// signer's block of the printed biểu, the summary of targets not achieved, a paragraph per
// indicator (lib/narrative.ts) and the biểu itself as a table on a landscape page at the end.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { IndicatorGroup, Period } from "./domain";
import { narrativeSections, summarySentence } from "./narrative";
import { formatNumber, formatPercent } from "./numbers";
import type { DocumentFrame } from "./official-document";
import { formatPlan } from "./plan-format";
import type { ReportLine } from "./spreadsheet/report-rows";
import type { ReportSheetText, SheetDocumentText } from "./spreadsheet/report-sheet";
import { REPORT_COLUMNS } from "./spreadsheet/report-sheet";

export interface NarrativeDocxInput {
  frame: DocumentFrame;
  labels: SheetDocumentText & { signSpace: string };
  /** Trích yếu. */
  summary: string;
  tableTitle: string;
  lines: ReportLine[];
  period: Period;
  columns: ReportSheetText["columns"];
  group: (group: IndicatorGroup) => string;
  verdict: ReportSheetText["verdict"];
  note: ReportSheetText["note"];
  summaryHeading: string;
  tableHeading: string;
}

// Nghị định 30/2020/NĐ-CP: A4, top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14 pt.
const MM = 1440 / 25.4;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const TABLE = 22; // 11 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

const line = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size ?? 26, font: FONT })],
  });

function twoColumns(left: Paragraph[], right: Paragraph[], widths: [number, number]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    columnWidths: widths,
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: left, width: { size: widths[0], type: WidthType.DXA }, borders: NO_BORDERS }),
          new TableCell({ children: right, width: { size: widths[1], type: WidthType.DXA }, borders: NO_BORDERS }),
        ],
      }),
    ],
  });
}

function letterhead({ frame, labels }: NarrativeDocxInput): Table {
  const issuers = frame.issuers.map((text, i) => line(text, { bold: i === frame.issuers.length - 1 }));
  return twoColumns(
    [...issuers, line("———"), line(frame.numberLine)],
    [line(labels.nation, { bold: true }), line(labels.motto, { bold: true }), line("———"), line(frame.placeAndDate, { italics: true })],
    [3800, 5400],
  );
}

function signatureBlock({ frame, labels }: NarrativeDocxInput): Table {
  const s = frame.signature;
  const left = [
    line(labels.recipientsHeading, { bold: true, italics: true, size: 24, align: AlignmentType.LEFT }),
    ...s.recipients.map((r) => line(`- ${r}`, { size: 22, align: AlignmentType.LEFT })),
  ];
  const right = [
    line(s.authority, { bold: true }),
    ...(s.deputy ? [line(s.deputy, { bold: true })] : []),
    line(s.signerTitle, { bold: true }),
    line(""),
    line(""),
    line(""),
    line(s.signerName, { bold: true }),
  ];
  return twoColumns(left, right, [4600, 4600]);
}

const paragraph = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { after: 120, line: 312 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: BODY, font: FONT })],
  });

function cell(text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; span?: number } = {}): TableCell {
  return new TableCell({
    columnSpan: options.span,
    children: [new Paragraph({ alignment: options.align ?? AlignmentType.LEFT, children: [new TextRun({ text, bold: options.bold, size: TABLE, font: FONT })] })],
  });
}

/** The biểu as a Word table, with the same columns and numbers as the print. */
function reportTable(input: NarrativeDocxInput): Table {
  const num = (v: number | null, d: number) => (v === null ? "" : formatNumber(v, d, "vi"));
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "" : formatPercent(v, 1, "vi"));
  const right = AlignmentType.RIGHT;
  const header = new TableRow({
    tableHeader: true,
    children: REPORT_COLUMNS.map((c) => cell(input.columns[c], { bold: true, align: AlignmentType.CENTER })),
  });
  const rows = input.lines.map((l) =>
    l.kind === "group"
      ? new TableRow({ children: [cell(l.number, { bold: true, align: AlignmentType.CENTER }), cell(input.group(l.group), { bold: true, span: REPORT_COLUMNS.length - 1 })] })
      : new TableRow({
          cantSplit: true,
          children: [
            cell(String(l.number), { align: AlignmentType.CENTER }),
            cell(l.indicator.nameVi),
            cell(l.indicator.measureVi),
            cell(num(l.samePeriod, l.indicator.decimals), { align: right }),
            cell(formatPlan(l.planHigher, l.indicator.decimals, "vi"), { align: right }),
            cell(formatPlan(l.planCouncil, l.indicator.decimals, "vi"), { align: right }),
            cell(num(l.actual, l.indicator.decimals), { align: right, bold: true }),
            cell(pct(l.percentOfPlanHigher), { align: right }),
            cell(pct(l.percentOfPlanCouncil), { align: right }),
            cell(pct(l.percentOfSamePeriod), { align: right }),
            cell(l.verdict ? input.verdict(l.verdict) : "", { align: AlignmentType.CENTER }),
            cell(l.notes.map(input.note).join("; ")),
          ],
        }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** The .docx's bytes. */
export async function narrativeDocx(input: NarrativeDocxInput): Promise<Buffer> {
  const sections = narrativeSections(input.lines, input.period);
  const text: ISectionOptions = {
    properties: { page: { size: A4, margin: MARGIN } },
    children: [
      letterhead(input),
      line(""),
      line(input.labels.documentType, { bold: true, size: BODY }),
      line(input.summary, { bold: true, size: BODY }),
      line(""),
      ...input.frame.legalBases.map((b) => paragraph(b, { italics: true })),
      paragraph(input.summaryHeading, { bold: true }),
      paragraph(summarySentence(input.lines, input.period)),
      ...sections.flatMap((s) => [
        paragraph(`${s.number}. ${input.group(s.group.group)}`, { bold: true }),
        ...s.sentences.map((sentence) => paragraph(sentence)),
      ]),
      line(""),
      signatureBlock(input),
    ],
  };
  const table: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
    children: [
      line(input.tableHeading, { bold: true, size: BODY }),
      line(input.tableTitle, { bold: true, size: 26 }),
      line(""),
      reportTable(input),
      ...(input.frame.signature.preparer ? [line(""), line(`${input.labels.preparerHeading}: ${input.frame.signature.preparer}`, { align: AlignmentType.LEFT })] : []),
    ],
  };
  const doc = new Document({
    creator: "Chỉ tiêu",
    title: input.summary,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [text, table],
  });
  return Packer.toBuffer(doc);
}
