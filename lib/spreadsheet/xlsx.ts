// Writes a Sheet as .xlsx with exceljs: real numbers with number formats (Excel shows them with
// the reader's separators, so 10.970,5 in Vietnamese Excel), frozen title and header rows, widths.
import ExcelJS from "exceljs";
import { columnDecimals, excelNumberFormat, isPrefixed, type Sheet } from "./sheet";
import { readXlsxRows } from "./xlsx-read";

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chỉ tiêu";
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (in inches here).
const MM = 1 / 25.4;
const DECREE_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM, header: 8 * MM, footer: 8 * MM };
const DOCUMENT_FONT = "Times New Roman";

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet) {
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  const lastColumn = sheet.columns.length;
  const doc = sheet.document;
  const font = doc ? { name: DOCUMENT_FONT, size: 12 } : {};
  /** A line across columns from..to, merged, so that it is centred on the page as in the printed document. */
  const spanned = (text: string, from: number, to: number, style: Partial<ExcelJS.Font> = {}) => {
    const row = ws.addRow([]);
    writeSpan(row, text, from, to, { ...font, ...style });
    return row;
  };
  function writeSpan(row: ExcelJS.Row, text: string, from: number, to: number, style: Partial<ExcelJS.Font>) {
    const cell = row.getCell(from);
    cell.value = text;
    cell.font = style;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (to > from) ws.mergeCells(row.number, from, row.number, to);
  }
  if (doc) {
    const leftTo = Math.min(3, lastColumn);
    const rightFrom = Math.max(leftTo + 2, lastColumn - 5);
    const height = Math.max(doc.left.length, doc.right.length);
    for (let i = 0; i < height; i++) {
      const row = ws.addRow([]);
      const left = doc.left[i];
      const right = doc.right[i];
      // Issuers bold from the second line (the issuing body itself); quốc hiệu and tiêu ngữ bold; the date italic.
      if (left !== undefined) writeSpan(row, left, 1, leftTo, { ...font, bold: i > 0 && i < doc.left.length - 1 });
      if (right !== undefined) writeSpan(row, right, rightFrom, lastColumn, { ...font, bold: i < 2, italic: i === 2 });
    }
    ws.addRow([]);
    sheet.title.forEach((line, i) => spanned(line, 1, lastColumn, { bold: i !== 1, italic: i === 1, size: 13 }));
  } else {
    for (const line of sheet.title) {
      const row = ws.addRow([line]);
      row.font = { bold: true };
    }
  }
  for (const [label, value] of sheet.meta ?? []) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    // Codes such as "05443" must stay text.
    row.getCell(2).numFmt = "@";
  }
  if (sheet.title.length > 0 || sheet.meta?.length) ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { ...font, bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = THIN;
  });
  const headerRowNumber = header.number;
  ws.views = [{ state: "frozen", ySplit: headerRowNumber, xSplit: 0 }];
  const emphasised = new Set(sheet.emphasised ?? []);
  sheet.rows.forEach((cells, r) => {
    const row = ws.addRow(cells.map((c) => (isPrefixed(c) ? c.value : c)));
    row.font = { ...font, size: doc ? 11 : undefined, bold: emphasised.has(r) || undefined };
    sheet.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      const value = cells[c] ?? null;
      if (doc) cell.border = THIN;
      if (typeof value === "number" || isPrefixed(value)) {
        const decimals = col.percent ? (col.decimals ?? 1) : columnDecimals(col, r);
        cell.numFmt = excelNumberFormat(decimals, col.percent, isPrefixed(value) ? value.prefix : "");
      }
      else if (col.decimals !== undefined || col.decimalsByRow) cell.alignment = { horizontal: "right" };
      else if (doc) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  if (sheet.footer && sheet.footer.length > 0) {
    ws.addRow([]);
    for (const line of sheet.footer) ws.addRow([line]).font = { ...font, italic: true };
  }
  if (doc) {
    ws.addRow([]);
    const rightFrom = Math.max(5, lastColumn - 4);
    const height = Math.max(doc.signatureLeft.length, doc.signatureRight.length);
    for (let i = 0; i < height; i++) {
      const row = ws.addRow([]);
      const left = doc.signatureLeft[i];
      const right = doc.signatureRight[i];
      if (left) {
        row.getCell(1).value = left;
        row.getCell(1).font = { ...font, size: i === 0 ? 12 : 11, bold: i === 0, italic: i === 0 };
      }
      if (right) writeSpan(row, right, rightFrom, lastColumn, { ...font, size: 13, bold: true });
    }
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: DECREE_MARGINS,
      horizontalCentered: true,
      printArea: `A1:${columnLetter(lastColumn)}${ws.rowCount}`,
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
    };
  }
}

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface ReadSheet {
  /** Cell values by row (1-based row numbers kept as `row`), text or number, null when empty. */
  rows: { row: number; cells: (string | number | null)[] }[];
}

/** The first sheet's cell values, read as an upload is read (./xlsx-read.ts); throws when it is refused. */
export async function readXlsx(data: ArrayBuffer | Buffer): Promise<ReadSheet[]> {
  const read = await readXlsxRows(Buffer.from(data as ArrayBuffer));
  if (!read.ok) throw new Error(`xlsx refused: ${read.refusal.code}`);
  return [{ rows: read.rows }];
}
