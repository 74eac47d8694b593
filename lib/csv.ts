// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a byte-order mark so that Excel reads the
// Vietnamese diacritics as UTF-8, and text a spreadsheet would run as a formula made inert.

export const CSV_BOM = "\uFEFF";

// =, +, -, @, tab and CR start formulas in Excel and LibreOffice; a plain negative number ("-12,5") does not.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?[\d.,]+%?$/;
// Text that already starts with apostrophes before a formula character gets one more, so that reading
// takes exactly one off and every text comes back as it was ("'=x" → "''=x" → "'=x").
const PROTECTED = /^'+[=+\-@\t\r]/;

/** The text as written into a CSV cell: a spreadsheet formula made inert with a leading apostrophe. */
export function protectFormula(text: string): string {
  return (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) || PROTECTED.test(text) ? `'${text}` : text;
}

/** The text protectFormula was given: what an uploaded CSV cell meant before the export protected it. */
export function unprotectFormula(text: string): string {
  return PROTECTED.test(text) ? text.slice(1) : text;
}

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string") text = protectFormula(text);
  // Semicolons too: Excel set to Vietnamese reads ";" as the separator.
  return /[",;\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(",");
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return CSV_BOM + [header, ...rows].map(csvLine).join("\r\n") + "\r\n";
}
