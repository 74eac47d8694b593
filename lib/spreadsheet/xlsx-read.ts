// Reads the first sheet of an .xlsx in time proportional to the file, within the upload limits. The
// zip's directory is checked before anything is unpacked (entry count, declared sizes: a zip bomb is
// refused from its directory alone), and yauzl refuses an entry that unpacks to more than it declared.
// Unpacking runs in zlib's thread pool and the sheet is read in slices with a yield between them, so
// a large file never holds up the requests of other officials.
import { fromBufferPromise, type Entry } from "yauzl";
import {
  MAX_UPLOAD_CELLS,
  MAX_UPLOAD_COLUMNS,
  MAX_UPLOAD_ROWS,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNZIPPED_BYTES,
  type UploadRefusal,
} from "./limits";

export type ReadCell = string | number | null;
export interface ReadRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: ReadCell[];
}
export type ReadResult = { ok: true; rows: ReadRow[] } | { ok: false; refusal: UploadRefusal };

// Elements (rows, cells, shared strings), empty ones too, or characters of XML read between two yields.
const ELEMENTS_PER_SLICE = 1000;
const TEXT_PER_SLICE = 256 * 1024;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const megabytes = (bytes: number) => bytes / 1024 / 1024;

export async function readXlsxRows(bytes: Buffer): Promise<ReadResult> {
  let zip;
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    return { ok: false, refusal: { code: "unreadableFile" } };
  }
  try {
    if (zip.entryCount > MAX_XLSX_ENTRIES) return { ok: false, refusal: { code: "unzippedTooLarge", maxMegabytes: megabytes(MAX_XLSX_UNZIPPED_BYTES) } };
    const entries = new Map<string, Entry>();
    let declared = 0;
    for await (const entry of entriesOf(zip)) {
      declared += entry.uncompressedSize;
      if (declared > MAX_XLSX_UNZIPPED_BYTES) return { ok: false, refusal: { code: "unzippedTooLarge", maxMegabytes: megabytes(MAX_XLSX_UNZIPPED_BYTES) } };
      entries.set(entry.fileName.replace(/^\/+/, ""), entry);
    }
    const read = async (name: string): Promise<string | null> => {
      const entry = entries.get(name);
      if (!entry) return null;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    };

    const workbook = await read("xl/workbook.xml");
    const rels = await read("xl/_rels/workbook.xml.rels");
    if (workbook === null || rels === null) return { ok: false, refusal: { code: "unreadableFile" } };
    const targets = relationships(rels);
    const firstSheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
    const sheetId = firstSheet ? /\b(?:\w+:)?id="([^"]*)"/.exec(firstSheet[1]!.replace(/\bsheetId="[^"]*"/, ""))?.[1] : undefined;
    const sheetTarget = sheetId ? targets.byId.get(sheetId) : undefined;
    if (!sheetTarget) return { ok: false, refusal: { code: "unreadableFile" } };
    const sharedXml = targets.sharedStrings ? await read(targets.sharedStrings) : null;
    const sheetXml = await read(sheetTarget);
    if (sheetXml === null) return { ok: false, refusal: { code: "unreadableFile" } };
    const shared = sharedXml === null ? [] : await sharedStrings(sharedXml);
    if (!Array.isArray(shared)) return { ok: false, refusal: shared };
    return await readSheet(sheetXml, shared);
  } catch {
    return { ok: false, refusal: { code: "unreadableFile" } };
  } finally {
    zip.close();
  }
}

async function* entriesOf(zip: Awaited<ReturnType<typeof fromBufferPromise>>): AsyncGenerator<Entry> {
  while (true) {
    const entry = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (e: Entry) => done(e);
      const onEnd = () => done(null);
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        zip.off("entry", onEntry);
        zip.off("end", onEnd);
        zip.off("error", onError);
      };
      const done = (e: Entry | null) => {
        cleanup();
        resolve(e);
      };
      zip.on("entry", onEntry);
      zip.on("end", onEnd);
      zip.on("error", onError);
      zip.readEntry();
    });
    if (entry === null) return;
    yield entry;
  }
}

/** Targets of the workbook's relationships, as paths inside the zip. */
function relationships(xml: string): { byId: Map<string, string>; sharedStrings: string | null } {
  const byId = new Map<string, string>();
  let sharedStrings: string | null = null;
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const id = /\bId="([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    const type = /\bType="([^"]*)"/.exec(attrs)?.[1] ?? "";
    if (!id || !target) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
    byId.set(id, decodeXml(path));
    if (type.endsWith("/sharedStrings")) sharedStrings = decodeXml(path);
  }
  return { byId, sharedStrings };
}

function runsText(xml: string): string {
  let text = "";
  for (const t of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "").matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    text += decodeXml(t[1] ?? "");
  }
  return text;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML entities, then the _xHHHH_ escapes Excel writes for control characters. */
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
      if (name.startsWith("#x")) return safeChar(parseInt(name.slice(2), 16)) ?? whole;
      if (name.startsWith("#")) return safeChar(Number(name.slice(1))) ?? whole;
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function safeChar(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** "AB12" → 27 (0-based column of AB); -1 when it names no column. */
function columnIndex(ref: string): number {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

async function readSheet(xml: string, shared: string[]): Promise<ReadResult> {
  const rows: ReadRow[] = [];
  let rowElements = 0;
  let cellElements = 0;
  let lastRow = 0;
  let row: { number: number; cells: ReadCell[]; lastColumn: number } | null = null;
  const finishRow = () => {
    if (row && row.cells.length > 0) rows.push({ row: row.number, cells: row.cells });
    row = null;
  };
  // One flat pass over the elements: every <row> and <c> counts towards the limits and the slices,
  // empty or not, so a sheet of millions of empty elements is refused as soon as the count is passed.
  const elements = new ElementScanner(xml, /<(\/?)(?:\w+:)?(row|c)\b/g);
  for (let element = elements.next(); element; element = elements.next()) {
    if (element === "broken") return { ok: false, refusal: { code: "unreadableFile" } };
    if (elements.due()) await nextTurn();
    const { closing, name, attrs, selfClosing } = element;
    if (name === "row") {
      finishRow();
      if (closing) continue;
      rowElements += 1;
      const number = Number(/\br="(\d+)"/.exec(attrs)?.[1] ?? lastRow + 1);
      lastRow = number;
      if (rowElements > MAX_UPLOAD_ROWS || number > MAX_UPLOAD_ROWS) return { ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } };
      row = selfClosing ? null : { number, cells: [], lastColumn: -1 };
      continue;
    }
    if (closing) continue;
    cellElements += 1;
    if (cellElements > MAX_UPLOAD_CELLS) return { ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } };
    const inner = selfClosing ? "" : elements.contentUntil(/<\/(?:\w+:)?c>/g);
    if (inner === null) return { ok: false, refusal: { code: "unreadableFile" } };
    const current = row as { number: number; cells: ReadCell[]; lastColumn: number } | null;
    if (!current) continue; // a cell outside any row holds nothing of the sheet
    const ref = /\br="([A-Z]+\d*)"/.exec(attrs)?.[1];
    const column = ref ? columnIndex(ref) : current.lastColumn + 1;
    current.lastColumn = column;
    if (column < 0) return { ok: false, refusal: { code: "unreadableFile" } };
    if (column >= MAX_UPLOAD_COLUMNS) return { ok: false, refusal: { code: "tooManyColumns", max: MAX_UPLOAD_COLUMNS } };
    const value = cellValue(/\bt="(\w+)"/.exec(attrs)?.[1] ?? "n", inner, shared);
    if (value === null) continue;
    while (current.cells.length < column) current.cells.push(null);
    current.cells[column] = value;
  }
  finishRow();
  return { ok: true, rows };
}

/** Each shared string's text: its runs joined, phonetic hints left out. No more of them than cells. */
async function sharedStrings(xml: string): Promise<string[] | UploadRefusal> {
  const list: string[] = [];
  const elements = new ElementScanner(xml, /<(\/?)(?:\w+:)?(si)\b/g);
  for (let element = elements.next(); element; element = elements.next()) {
    if (element === "broken") return { code: "unreadableFile" };
    if (elements.due()) await nextTurn();
    if (element.closing) continue;
    if (list.length >= MAX_UPLOAD_CELLS) return { code: "tooManyCells", max: MAX_UPLOAD_CELLS };
    const inner = element.selfClosing ? "" : elements.contentUntil(/<\/(?:\w+:)?si>/g);
    if (inner === null) return { code: "unreadableFile" };
    list.push(runsText(inner));
  }
  return list;
}

interface Element {
  closing: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
}

// Longest run of attributes an element of a sheet may have; real ones have a few dozen characters.
const MAX_ATTRIBUTES_LENGTH = 4096;

/**
 * The elements `opening` finds in `xml`, front to back, each searched from where the last one ended,
 * so the whole text is read once whatever it holds. `due()` says when a slice of elements (or of
 * text) has been read and the event loop should be given back.
 */
class ElementScanner {
  private position = 0;
  private sinceTurn = 0;
  private textAtTurn = 0;
  constructor(
    private readonly xml: string,
    private readonly opening: RegExp,
  ) {}

  next(): Element | "broken" | null {
    this.opening.lastIndex = this.position;
    const m = this.opening.exec(this.xml);
    if (!m) return null;
    const end = this.xml.indexOf(">", this.opening.lastIndex);
    if (end < 0 || end - this.opening.lastIndex > MAX_ATTRIBUTES_LENGTH) return "broken";
    const selfClosing = this.xml[end - 1] === "/";
    this.position = end + 1;
    this.sinceTurn += 1;
    return { closing: m[1] === "/", name: m[2]!, attrs: this.xml.slice(this.opening.lastIndex, selfClosing ? end - 1 : end), selfClosing };
  }

  /** The text up to the closing tag `closing` finds, which is passed over; null when there is none. */
  contentUntil(closing: RegExp): string | null {
    closing.lastIndex = this.position;
    const m = closing.exec(this.xml);
    if (!m) return null;
    const inner = this.xml.slice(this.position, m.index);
    this.position = closing.lastIndex;
    return inner;
  }

  due(): boolean {
    if (this.sinceTurn < ELEMENTS_PER_SLICE && this.position - this.textAtTurn < TEXT_PER_SLICE) return false;
    this.sinceTurn = 0;
    this.textAtTurn = this.position;
    return true;
  }
}

function cellValue(type: string, inner: string, shared: string[]): ReadCell {
  if (type === "inlineStr") {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
    return is === undefined ? null : emptyToNull(runsText(is));
  }
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (v === undefined) return null;
  const raw = decodeXml(v);
  switch (type) {
    case "s": {
      const text = shared[Number(raw)];
      return text === undefined ? null : emptyToNull(text);
    }
    case "str":
    case "e":
      return emptyToNull(raw);
    case "b":
      return raw === "1" ? "true" : "false";
    case "d":
      return emptyToNull(raw.slice(0, 10));
    default: {
      const n = Number(raw);
      return raw.trim() !== "" && Number.isFinite(n) ? n : emptyToNull(raw);
    }
  }
}

const emptyToNull = (s: string): string | null => (s === "" ? null : s);
