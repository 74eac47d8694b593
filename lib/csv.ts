// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a byte-order mark so that Excel reads the
// Vietnamese diacritics as UTF-8, and text a spreadsheet would run as a formula made inert.

export const CSV_BOM = "\uFEFF";

// =, +, -, @, tab and CR start formulas in Excel and LibreOffice; a plain negative number ("-12,5") does not.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?[\d.,]+%?$/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  // Semicolons too: Excel set to Vietnamese reads ";" as the separator.
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(",");
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return CSV_BOM + [header, ...rows].map(csvLine).join("\r\n") + "\r\n";
}
