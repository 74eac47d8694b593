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

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet) {
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  for (const line of sheet.title) {
    const row = ws.addRow([line]);
    row.font = { bold: true };
  }
  for (const [label, value] of sheet.meta ?? []) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    // Codes such as "05443" must stay text.
    row.getCell(2).numFmt = "@";
  }
  if (sheet.title.length > 0 || sheet.meta?.length) ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  });
  const headerRowNumber = header.number;
  ws.views = [{ state: "frozen", ySplit: headerRowNumber, xSplit: 0 }];
  const emphasised = new Set(sheet.emphasised ?? []);
  sheet.rows.forEach((cells, r) => {
    const row = ws.addRow(cells.map((c) => (isPrefixed(c) ? c.value : c)));
    if (emphasised.has(r)) row.font = { bold: true };
    sheet.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      const value = cells[c] ?? null;
      if (typeof value === "number" || isPrefixed(value)) {
        const decimals = col.percent ? (col.decimals ?? 1) : columnDecimals(col, r);
        cell.numFmt = excelNumberFormat(decimals, col.percent, isPrefixed(value) ? value.prefix : "");
      }
      else if (col.decimals !== undefined || col.decimalsByRow) cell.alignment = { horizontal: "right" };
    });
  });
  if (sheet.footer && sheet.footer.length > 0) {
    ws.addRow([]);
    for (const line of sheet.footer) ws.addRow([line]).font = { italic: true };
  }
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
