// Text of a PDF that Chromium wrote, for assertions: inflates the content streams and maps each
// font's glyph codes back to text through its ToUnicode map. Enough for Skia's output, not a
// general PDF reader (no other encodings, no text positioning: runs are joined with spaces).
import zlib from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const text = pdf.toString("latin1");
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const id = Number(m[1]);
    const start = re.lastIndex;
    const end = text.indexOf("endobj", start);
    if (end === -1) break;
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    let stream: Buffer | null = null;
    let dict = body;
    if (s !== -1) {
      dict = body.slice(0, s);
      let dataStart = start + s + "stream".length;
      if (text[dataStart] === "\r") dataStart++;
      if (text[dataStart] === "\n") dataStart++;
      const dataEnd = text.lastIndexOf("endstream", end);
      let raw = pdf.subarray(dataStart, dataEnd);
      const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      if (length) raw = pdf.subarray(dataStart, dataStart + Number(length[1]));
      stream = dict.includes("/FlateDecode") ? zlib.inflateSync(raw) : raw;
    }
    objects.set(id, { dict, stream });
    re.lastIndex = end;
  }
  return objects;
}

function hexToCodes(hex: string, bytes: number): number[] {
  const codes: number[] = [];
  for (let i = 0; i + bytes * 2 <= hex.length; i += bytes * 2) codes.push(parseInt(hex.slice(i, i + bytes * 2), 16));
  return codes;
}

function unicodeOf(hex: string): string {
  const units = hexToCodes(hex, 2);
  return String.fromCharCode(...units);
}

function readCMap(cmap: string): { map: Map<number, string>; bytes: number } {
  const map = new Map<number, string>();
  const range = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/.exec(cmap.slice(cmap.indexOf("begincodespacerange")));
  const bytes = range ? range[1]!.length / 2 : 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code!, 16), unicodeOf(uni!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, uni] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const start = parseInt(lo!, 16);
      const first = unicodeOf(uni!);
      for (let c = start; c <= parseInt(hi!, 16); c++) {
        map.set(c, first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + (c - start)));
      }
    }
  }
  return { map, bytes };
}

/** The text of every page, in drawing order, NFC-normalised. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : null;
  };
  const out: string[] = [];
  for (const [, page] of objects) {
    if (!/\/Type\s*\/Page(?!s)/.test(page.dict)) continue;
    // Fonts of the page, inline or through a resources object.
    let resources = page.dict;
    const resRef = ref(page.dict, "Resources");
    if (resRef !== null) resources = objects.get(resRef)?.dict ?? "";
    const fontDictMatch = /\/Font\s*(<<[\s\S]*?>>|\d+ 0 R)/.exec(resources);
    let fontDict = fontDictMatch?.[1] ?? "";
    const fontDictRef = /^(\d+) 0 R$/.exec(fontDict);
    if (fontDictRef) fontDict = objects.get(Number(fontDictRef[1]))?.dict ?? "";
    const fonts = new Map<string, { map: Map<number, string>; bytes: number }>();
    for (const [, name, id] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(Number(id))?.dict ?? "", "ToUnicode");
      const cmap = toUnicode !== null ? objects.get(toUnicode)?.stream : null;
      if (cmap) fonts.set(name!, readCMap(cmap.toString("latin1")));
    }
    const contentRefs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    for (const id of contentRefs) {
      const content = objects.get(id)?.stream?.toString("latin1") ?? "";
      let font: { map: Map<number, string>; bytes: number } | undefined;
      const tokens = /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\bET\b/g;
      let line = "";
      for (const t of content.matchAll(tokens)) {
        if (t[1]) font = fonts.get(t[1]);
        else if (t[0] === "ET") {
          if (line) out.push(line);
          line = "";
        } else if (font) {
          const hexes = t[2] !== undefined ? [...t[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [t[3]!];
          for (const hex of hexes) for (const code of hexToCodes(hex, font.bytes)) line += font.map.get(code) ?? "";
        }
      }
      if (line) out.push(line);
    }
  }
  return out.join(" ").normalize("NFC");
}
