// What an uploaded template may be, stated once: the page, the browser's check before sending, the
// server's reader and next.config.js (the action body limit, set a little above MAX_UPLOAD_BYTES)
// all read these. A template of a unit has one row per indicator (three for plans), so the row
// limit leaves ample room for real files while a crafted one is refused before it costs anything.

/** Largest file accepted (the page says 2 MB). */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Rows of the sheet, empty ones included, and no row numbered beyond this. */
export const MAX_UPLOAD_ROWS = 5_000;
/** Columns read per row; the templates have ten. */
export const MAX_UPLOAD_COLUMNS = 50;
/** Cells of the whole sheet, empty ones included; also the shared strings of an .xlsx. */
export const MAX_UPLOAD_CELLS = 100_000;
/** Entries in an .xlsx (a zip): a workbook from Excel has about a dozen. */
export const MAX_XLSX_ENTRIES = 200;
/** Bytes an .xlsx may unpack to, all entries together: a zip bomb is refused from its directory alone. */
export const MAX_XLSX_UNZIPPED_BYTES = 30 * 1024 * 1024;

/** Why an uploaded file was not read, with what the message needs. */
export type UploadRefusal =
  | { code: "tooLarge"; maxMegabytes: number }
  | { code: "tooManyRows"; max: number }
  | { code: "tooManyColumns"; max: number }
  | { code: "tooManyCells"; max: number }
  | { code: "unzippedTooLarge"; maxMegabytes: number }
  | { code: "encoding"; found: "utf16le" | "utf16be" | "utf32" | "notUtf8" }
  | { code: "unreadableFile" };

export const MAX_UPLOAD_MEGABYTES = MAX_UPLOAD_BYTES / 1024 / 1024;
