// An uploaded file's cells, whatever its format: the first sheet of an .xlsx, or a CSV in UTF-8.
// Every limit of lib/spreadsheet/limits.ts is checked here, before any row is looked at.
import { unprotectFormula } from "../csv";
import { readCsv } from "./csv-read";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_CELLS, MAX_UPLOAD_COLUMNS, MAX_UPLOAD_MEGABYTES, MAX_UPLOAD_ROWS, type UploadRefusal } from "./limits";
import { readXlsxRows, type ReadResult } from "./xlsx-read";

export type { ReadResult } from "./xlsx-read";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readUploadFile(name: string, data: ArrayBuffer | Uint8Array): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, refusal: { code: "tooLarge", maxMegabytes: MAX_UPLOAD_MEGABYTES } };
  if (bytes.byteLength === 0) return { ok: false, refusal: { code: "unreadableFile" } };
  if (isZip(bytes)) return readXlsxRows(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!name.toLowerCase().endsWith(".csv")) return { ok: false, refusal: { code: "unreadableFile" } };
  const decoded = decodeCsv(bytes);
  if (typeof decoded !== "string") return { ok: false, refusal: decoded };
  return csvRows(decoded);
}

/**
 * CSV bytes as text, only from UTF-8 (what the app writes and what Excel's "CSV UTF-8" saves). Other
 * encodings would be read as garbage or as "no header row", so they are named and refused instead.
 */
export function decodeCsv(bytes: Uint8Array): string | Extract<UploadRefusal, { code: "encoding" }> {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return { code: "encoding", found: "utf32" };
  if (a === 0xff && b === 0xfe) return { code: "encoding", found: "utf16le" };
  if (a === 0xfe && b === 0xff) return { code: "encoding", found: "utf16be" };
  // UTF-16 without a byte-order mark: every other byte of plain text is zero.
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  });
  if (oddZeros > sample.length / 4) return { code: "encoding", found: "utf16le" };
  if (evenZeros > sample.length / 4) return { code: "encoding", found: "utf16be" };
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Windows-1258, TCVN3 and other single-byte encodings are never valid UTF-8 once they hold a diacritic.
    return { code: "encoding", found: "notUtf8" };
  }
}

/** A CSV's rows within the limits, each text cell as it was before the export protected it from running as a formula. */
export function csvRows(text: string): ReadResult {
  const rows = readCsv(text);
  if (rows.length > MAX_UPLOAD_ROWS) return { ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } };
  let cells = 0;
  for (const r of rows) {
    if (r.cells.length > MAX_UPLOAD_COLUMNS && r.cells.slice(MAX_UPLOAD_COLUMNS).some((c) => c !== null)) {
      return { ok: false, refusal: { code: "tooManyColumns", max: MAX_UPLOAD_COLUMNS } };
    }
    cells += r.cells.filter((c) => c !== null).length;
    if (cells > MAX_UPLOAD_CELLS) return { ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } };
  }
  return { ok: true, rows: rows.map((r) => ({ row: r.row, cells: r.cells.slice(0, MAX_UPLOAD_COLUMNS).map((c) => (c === null ? null : unprotectFormula(c))) })) };
}
