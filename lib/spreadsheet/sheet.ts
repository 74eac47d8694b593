// A sheet as both exports write it: title lines, one header row, then rows of text and real
// numbers. Writers: toCsv here (pure), toXlsx in ./xlsx.ts.
import { formatNumberInput } from "../numbers";
import { CSV_BOM, csvField } from "../csv";

/** A number shown with a prefix that is not part of it: a plan "≥ 12,4" stays the number 12,4. */
export interface PrefixedNumber {
  value: number;
  prefix: string;
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
}


function columnDecimals(col: SheetColumn, rowIndex: number): number {
  return col.decimalsByRow?.[rowIndex] ?? col.decimals ?? 0;
}

/**
 * UTF-8 with BOM (so that Excel reads Vietnamese text correctly), comma-separated, CRLF, fields
 * quoted as RFC 4180 says. Numbers are written the official Vietnamese way without trailing zeros
 * ("10.970,5"), which the upload reads back exactly; title and footer lines are left out so that
 * the file is one plain table (after the label/value lines of `meta`, if any).
 */
export function toCsv(sheet: Sheet): string {
  const lines = (sheet.meta ?? []).map(([label, value]) => `${csvField(label)},${csvField(value)}`);
  lines.push(sheet.columns.map((c) => csvField(c.header)).join(","));
  sheet.rows.forEach((row, r) => {
    lines.push(
      row
        .map((cell, c) => {
          if (cell === null) return "";
          if (typeof cell === "number") return csvField(formatNumberInput(cell, columnDecimals(sheet.columns[c]!, r)));
          if (isPrefixed(cell)) return csvField(cell.prefix + formatNumberInput(cell.value, columnDecimals(sheet.columns[c]!, r)));
          return csvField(cell);
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
