// CSV of what a table shows (RFC 4180 quoting). A byte-order mark first, so that spreadsheet
// programs read the Vietnamese diacritics as UTF-8.
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n;]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
