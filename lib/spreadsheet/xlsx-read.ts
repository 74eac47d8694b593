// Reads the first sheet of an .xlsx in time proportional to the file, within the upload limits. The
// zip's directory is checked before anything is unpacked (entry count, declared sizes: a zip bomb is
// refused from its directory alone), and yauzl refuses an entry that unpacks to more than it declared.
// Unpacking runs in zlib's thread pool and the sheet is read piece by piece as it is unpacked, with a
// yield after every slice of elements (empty rows and cells count too), so a large file never holds
// up the requests of other officials.
import { StringDecoder } from "node:string_decoder";
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
    const open = async (name: string): Promise<AsyncIterable<string> | null> => {
      const entry = entries.get(name);
      return entry ? textOf(await zip.openReadStreamPromise(entry)) : null;
    };
    const read = async (name: string): Promise<string | null> => {
      const pieces = await open(name);
      if (!pieces) return null;
      let text = "";
      for await (const piece of pieces) text += piece;
      return text;
    };

    const workbook = await read("xl/workbook.xml");
    const rels = await read("xl/_rels/workbook.xml.rels");
    if (workbook === null || rels === null) return { ok: false, refusal: { code: "unreadableFile" } };
    const targets = relationships(rels);
    const firstSheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
    const sheetId = firstSheet ? /\b(?:\w+:)?id="([^"]*)"/.exec(firstSheet[1]!.replace(/\bsheetId="[^"]*"/, ""))?.[1] : undefined;
    const sheetTarget = sheetId ? targets.byId.get(sheetId) : undefined;
    if (!sheetTarget) return { ok: false, refusal: { code: "unreadableFile" } };
    const sharedXml = targets.sharedStrings ? await open(targets.sharedStrings) : null;
    const shared = sharedXml === null ? [] : await sharedStrings(sharedXml);
    if (!Array.isArray(shared)) return { ok: false, refusal: shared };
    const sheetXml = await open(sheetTarget);
    if (sheetXml === null) return { ok: false, refusal: { code: "unreadableFile" } };
    return await readSheet(sheetXml, shared);
  } catch {
    return { ok: false, refusal: { code: "unreadableFile" } };
  } finally {
    zip.close();
  }
}

/** An entry's text, decoded piece by piece as it is unpacked, with a yield after every slice of it. */
async function* textOf(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let sinceTurn = 0;
  for await (const chunk of stream) {
    yield decoder.write(chunk as Buffer);
    sinceTurn += (chunk as Buffer).byteLength;
    if (sinceTurn >= TEXT_PER_SLICE) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  yield decoder.end();
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

async function readSheet(xml: AsyncIterable<string>, shared: string[]): Promise<ReadResult> {
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
  for await (const element of elementsOf(xml, /<(\/?)(?:\w+:)?(row|c)\b/g, (name) => (name === "c" ? /<\/(?:\w+:)?c>/g : null))) {
    if (element === "broken") return { ok: false, refusal: { code: "unreadableFile" } };
    const { closing, name, attrs, selfClosing, inner } = element;
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
async function sharedStrings(xml: AsyncIterable<string>): Promise<string[] | UploadRefusal> {
  const list: string[] = [];
  for await (const element of elementsOf(xml, /<(\/?)(?:\w+:)?(si)\b/g, () => /<\/(?:\w+:)?si>/g)) {
    if (element === "broken") return { code: "unreadableFile" };
    if (element.closing) continue;
    if (list.length >= MAX_UPLOAD_CELLS) return { code: "tooManyCells", max: MAX_UPLOAD_CELLS };
    list.push(runsText(element.inner));
  }
  return list;
}

interface Element {
  closing: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
  /** What lies between the element's tags, for the elements `closingOf` gives a closing tag for. */
  inner: string;
}

// Longest an element of a sheet may be, tags and content: Excel holds at most 32.767 characters in a
// cell, which its XML writes in well under a megabyte. An element still open after this is refused.
const MAX_ELEMENT_LENGTH = 1024 * 1024;
// Characters kept from a piece without an element in it, in case one starts at its very end.
const TAIL = 256;

/**
 * The elements `opening` finds in the text, front to back, read piece by piece as it is unpacked:
 * only an unfinished element is carried over to the next piece. Yields the event loop after every
 * slice of elements, empty ones included.
 */
async function* elementsOf(pieces: AsyncIterable<string>, opening: RegExp, closingOf: (name: string) => RegExp | null): AsyncGenerator<Element | "broken"> {
  let text = "";
  let position = 0;
  let sinceTurn = 0;
  const iterator = pieces[Symbol.asyncIterator]();
  let ended = false;
  while (true) {
    opening.lastIndex = position;
    const m = opening.exec(text);
    let element: Element | "more" | "broken";
    if (!m) {
      position = Math.max(position, text.length - TAIL);
      element = "more";
    } else {
      const start = m.index;
      const end = text.indexOf(">", opening.lastIndex);
      const tooLong = () => (text.length - start > MAX_ELEMENT_LENGTH ? "broken" : "more");
      if (end < 0) element = tooLong();
      else {
        const closing = m[1] === "/";
        const selfClosing = text[end - 1] === "/";
        const attrs = text.slice(opening.lastIndex, selfClosing ? end - 1 : end);
        const closingTag = closing || selfClosing ? null : closingOf(m[2]!);
        if (closingTag) {
          closingTag.lastIndex = end + 1;
          const c = closingTag.exec(text);
          if (c) {
            element = { closing, name: m[2]!, attrs, selfClosing, inner: text.slice(end + 1, c.index) };
            position = closingTag.lastIndex;
          } else element = tooLong();
        } else {
          element = { closing, name: m[2]!, attrs, selfClosing, inner: "" };
          position = end + 1;
        }
        if (element === "more") position = start;
      }
    }
    if (element === "broken") {
      yield "broken";
      return;
    }
    if (element !== "more") {
      yield element;
      if (++sinceTurn >= ELEMENTS_PER_SLICE) {
        sinceTurn = 0;
        await nextTurn();
      }
      continue;
    }
    if (ended) {
      // The text ended inside an element: the file is cut short.
      if (m) yield "broken";
      return;
    }
    const next = await iterator.next();
    if (next.done) ended = true;
    else {
      text = text.slice(position) + next.value;
      position = 0;
    }
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
