// A sheet as both exports write it: title lines, one header row, then rows of text and real
// numbers. Writers: toCsv here (pure), toXlsx in ./xlsx.ts.
import { formatNumberInput } from "../numbers";
import { CSV_BOM, csvField } from "../csv";

/** A number shown with a prefix that is not part of it: a plan "≥ 12,4" stays the number 12,4. */
export interface PrefixedNumber {
  value: number;
  prefix: string;
  /** The comparator's code (gte, lte, eq, range), written in its own column of a plain CSV. */
  comparator?: string;
}
export type Cell = string | number | PrefixedNumber | null;

export function isPrefixed(cell: Cell): cell is PrefixedNumber {
  return typeof cell === "object" && cell !== null;
}

export interface SheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Decimals for numeric cells; undefined for text columns. */
  decimals?: number;
  /** Per-row decimals (an indicator's own precision) take precedence over `decimals`. */
  decimalsByRow?: (number | null)[];
  percent?: boolean;
  /** Header of the comparator column a plain CSV writes before this one (plans: ≥ / ≤ as a code). */
  comparatorHeader?: string;
}

/** The parts of an administrative document around the table (Nghị định 30/2020/NĐ-CP). */
export interface SheetDocument {
  /** Top left: issuing bodies, then the number line. */
  left: string[];
  /** Top right: quốc hiệu, tiêu ngữ, place and date. */
  right: string[];
  /** Under the table, left: recipients (heading first). */
  signatureLeft: string[];
  /** Under the table, right: authority, title, space to sign, name. */
  signatureRight: string[];
}

export interface Sheet {
  name: string;
  /** Lines above the table: unit, period, date. */
  title: string[];
  /** Label and value pairs under the title that a reader needs back (the template's unit, year and period). */
  meta?: [string, string][];
  columns: SheetColumn[];
  rows: Cell[][];
  /** Rows to show bold (group headings). */
  emphasised?: number[];
  /** Lines under the table: footnotes. */
  footer?: string[];
  /** Letterhead and signer's block; the table is then laid out for A4 landscape. */
  document?: SheetDocument;
}


function columnDecimals(col: SheetColumn, rowIndex: number): number {
  return col.decimalsByRow?.[rowIndex] ?? col.decimals ?? 0;
}

/**
 * UTF-8 with BOM (so that Excel reads Vietnamese text correctly), comma-separated, CRLF, fields
 * quoted as RFC 4180 says; title, letterhead and footer lines are left out so that the file is one
 * plain table (after the label/value lines of `meta`, if any).
 * - `plain` (exports, for programs): numbers as JavaScript writes them ('.' decimal, no grouping,
 *   full precision) and each comparator in its own column;
 * - otherwise (templates, filled in by people and uploaded again): numbers the official Vietnamese
 *   way without trailing zeros ("10.970,5"), which the upload reads back exactly.
 */
export function toCsv(sheet: Sheet, { plain = false }: { plain?: boolean } = {}): string {
  const lines = (sheet.meta ?? []).map(([label, value]) => `${csvField(label)},${csvField(value)}`);
  const comparatorColumn = (c: SheetColumn) => plain && c.comparatorHeader !== undefined;
  lines.push(sheet.columns.flatMap((c) => (comparatorColumn(c) ? [c.comparatorHeader!, c.header] : [c.header])).map(csvField).join(","));
  const number = (value: number, c: number, r: number) => (plain ? String(value) : formatNumberInput(value, columnDecimals(sheet.columns[c]!, r)));
  sheet.rows.forEach((row, r) => {
    lines.push(
      row
        .flatMap((cell, c) => {
          const comparator = comparatorColumn(sheet.columns[c]!) ? [isPrefixed(cell) ? csvField(cell.comparator ?? cell.prefix.trim()) : ""] : [];
          if (cell === null) return [...comparator, ""];
          if (typeof cell === "number") return [...comparator, csvField(number(cell, c, r))];
          if (isPrefixed(cell)) return [...comparator, plain ? number(cell.value, c, r) : csvField(cell.prefix + number(cell.value, c, r))];
          return [...comparator, csvField(cell)];
        })
        .join(","),
    );
  });
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}

/** Excel number format for a column: grouping and fixed decimals, shown with the reader's separators. */
export function excelNumberFormat(decimals: number, percent = false, prefix = ""): string {
  const base = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const quoted = prefix ? `"${prefix.replace(/"/g, "")}"` : "";
  return quoted + (percent ? `${base}"%"` : base);
}

export { columnDecimals };
