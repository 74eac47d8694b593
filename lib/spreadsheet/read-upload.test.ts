import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { protectFormula, unprotectFormula } from "../csv";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_CELLS, MAX_UPLOAD_COLUMNS, MAX_UPLOAD_ROWS, MAX_XLSX_ENTRIES, MAX_XLSX_UNZIPPED_BYTES } from "./limits";
import { csvRows, decodeCsv, readUploadFile } from "./read-upload";
import { toXlsx } from "./xlsx";

/** An .xlsx of `rows` one-cell rows, as the attack used (8.000 rows took 18 s before). */
function oneCellRows(rows: number): Promise<Buffer> {
  return workbook(Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join(""));
}

/** A minimal workbook whose first sheet's XML is `sheetData`, zipped with the given extra entries. */
async function workbook(sheetData: string, extra: Record<string, string | Uint8Array> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A workbook whose sheet uses the shared strings `sst`. */
function withSharedStrings(sheetData: string, sst: string): Promise<Buffer> {
  return workbook(sheetData, {
    "xl/sharedStrings.xml": sst,
    "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  });
}

/** What `work` gave, and the longest time other work (a timer) had to wait while it ran, in ms. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const timer = setInterval(tick, 1);
  try {
    const result = await work();
    tick();
    return { result, longest };
  } finally {
    clearInterval(timer);
  }
}

// The old reader held the event loop for about 2,9 s on the first of these files.
const STALL_BOUND_MS = 250;

describe("reading an uploaded .xlsx", () => {
  it("reads a workbook written by Excel's library (exceljs) as the templates are", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("S").addRows([["Mã", "Số"], ["GTSX", 10970.5]]);
    const read = await readUploadFile("t.xlsx", Buffer.from(await book.xlsx.writeBuffer()));
    expect(read).toEqual({ ok: true, rows: [{ row: 1, cells: ["Mã", "Số"] }, { row: 2, cells: ["GTSX", 10970.5] }] });
  });

  it("reads every row of a file within the limits, numbers as numbers and text as text", async () => {
    const read = await readUploadFile("t.xlsx", await toXlsx([{ name: "S", title: ["Tiêu đề"], columns: [{ header: "Mã", width: 10 }, { header: "Số", width: 10, decimals: 3 }], rows: [["A & B <c>", 41.795], ["=1+2", null]] }]));
    expect(read).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ["Tiêu đề"] },
        { row: 3, cells: ["Mã", "Số"] },
        { row: 4, cells: ["A & B <c>", 41.795] },
        { row: 5, cells: ["=1+2"] },
      ],
    });
  });

  it("refuses 100.000 one-cell rows at the row limit, and lets other work run while it reads", async () => {
    const file = await oneCellRows(100_000);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const read = await readUploadFile("big.xlsx", file);
    clearInterval(timer);
    expect(read).toEqual({ ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } });
    // The reader gave the event loop back while it worked: timers of other requests ran meanwhile.
    expect(turns).toBeGreaterThan(0);
  }, 30_000);

  it("reads a file of exactly the row limit whole, in the order of its rows", async () => {
    const read = await readUploadFile("t.xlsx", await oneCellRows(MAX_UPLOAD_ROWS));
    expect(read.ok && read.rows.length).toBe(MAX_UPLOAD_ROWS);
    expect(read.ok && read.rows.at(-1)).toEqual({ row: MAX_UPLOAD_ROWS, cells: [MAX_UPLOAD_ROWS] });
  });

  it("refuses a cell beyond the column limit without building the row", async () => {
    const read = await readUploadFile("t.xlsx", await workbook('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>'));
    expect(read).toEqual({ ok: false, refusal: { code: "tooManyColumns", max: MAX_UPLOAD_COLUMNS } });
  });

  it("refuses more filled cells than the limit", async () => {
    const rows = Array.from({ length: MAX_UPLOAD_CELLS / 40 + 1 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 40 }, () => "<c><v>1</v></c>").join("")}</row>`);
    const read = await readUploadFile("t.xlsx", await workbook(rows.join("")));
    expect(read).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
  });

  it("counts empty rows towards the row limit, and a row number beyond it refuses the file", async () => {
    const emptyRows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"/>`).join("");
    expect(await readUploadFile("t.xlsx", await workbook(emptyRows(MAX_UPLOAD_ROWS + 1)))).toEqual({ ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } });
    expect(await readUploadFile("t.xlsx", await workbook(`${emptyRows(MAX_UPLOAD_ROWS - 1)}<row r="${MAX_UPLOAD_ROWS}"><c><v>7</v></c></row>`))).toEqual({
      ok: true,
      rows: [{ row: MAX_UPLOAD_ROWS, cells: [7] }],
    });
    for (const row of ['<row r="1000000"><c><v>1</v></c></row>', '<row r="1000000"/>', `<row r="${MAX_UPLOAD_ROWS + 1}"><c/></row>`]) {
      expect(await readUploadFile("t.xlsx", await workbook(row))).toEqual({ ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } });
    }
  });

  it("refuses 1.900.000 empty rows in a small file quickly, without holding up other work", async () => {
    const file = await workbook("<row><c/></row>".repeat(1_900_000));
    expect(file.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    const { result, longest } = await longestStall(() => readUploadFile("t.xlsx", file));
    expect(result).toEqual({ ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } });
    expect(longest).toBeLessThan(STALL_BOUND_MS);
  }, 30_000);

  it("refuses one row of 2.000.000 empty cells at the cell limit, without holding up other work", async () => {
    const file = await workbook(`<row r="1">${'<c r="A1"/>'.repeat(2_000_000)}</row>`);
    expect(file.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    const { result, longest } = await longestStall(() => readUploadFile("t.xlsx", file));
    expect(result).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
    expect(longest).toBeLessThan(STALL_BOUND_MS);
  }, 30_000);

  it("counts cells that point at a missing shared string towards the cell limit", async () => {
    const cells = '<c t="s"><v>99</v></c>'.repeat(40);
    const rows = Array.from({ length: MAX_UPLOAD_CELLS / 40 + 1 }, (_, r) => `<row r="${r + 1}">${cells}</row>`).join("");
    expect(await readUploadFile("t.xlsx", await withSharedStrings(rows, "<sst><si><t>a</t></si></sst>"))).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
  });

  it("refuses more shared strings than the cell limit, without holding up other work", async () => {
    const justOver = await withSharedStrings('<row r="1"><c t="s"><v>0</v></c></row>', `<sst>${"<si><t>x</t></si>".repeat(MAX_UPLOAD_CELLS + 1)}</sst>`);
    expect(await readUploadFile("t.xlsx", justOver)).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
    const atLimit = await withSharedStrings('<row r="1"><c t="s"><v>0</v></c></row>', `<sst>${"<si><t>x</t></si>".repeat(MAX_UPLOAD_CELLS)}</sst>`);
    expect(await readUploadFile("t.xlsx", atLimit)).toEqual({ ok: true, rows: [{ row: 1, cells: ["x"] }] });
    const huge = await withSharedStrings('<row r="1"><c t="s"><v>0</v></c></row>', `<sst>${"<si/>".repeat(5_000_000)}</sst>`);
    expect(huge.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    const { result, longest } = await longestStall(() => readUploadFile("t.xlsx", huge));
    expect(result).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
    expect(longest).toBeLessThan(STALL_BOUND_MS);
  }, 30_000);

  it("reads a cell longer than a piece of the unpacked text whole, and refuses a sheet cut off inside a cell", async () => {
    const long = "Phường Ba Đình ".repeat(3_000);
    expect(await readUploadFile("t.xlsx", await workbook(`<row r="1"><c t="inlineStr"><is><t>${long}</t></is></c><c><v>2</v></c></row>`))).toEqual({ ok: true, rows: [{ row: 1, cells: [long, 2] }] });
    const cut = await JSZip.loadAsync(await workbook("")).then((z) => z.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1"><c><v>1</v></c><c t="str"><v>${"x".repeat(100_000)}`).generateAsync({ type: "nodebuffer" }));
    expect(await readUploadFile("t.xlsx", cut)).toEqual({ ok: false, refusal: { code: "unreadableFile" } });
  });

  it("refuses a zip bomb from its directory, before unpacking it", async () => {
    // 40 MB of zeros packs into a few tens of kilobytes.
    const bomb = await workbook("", { "xl/media/zeros.bin": new Uint8Array(MAX_XLSX_UNZIPPED_BYTES + 10 * 1024 * 1024) });
    expect(bomb.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(await readUploadFile("t.xlsx", bomb)).toEqual({ ok: false, refusal: { code: "unzippedTooLarge", maxMegabytes: MAX_XLSX_UNZIPPED_BYTES / 1024 / 1024 } });
    const many = await workbook("", Object.fromEntries(Array.from({ length: MAX_XLSX_ENTRIES }, (_, i) => [`xl/x${i}.xml`, "<x/>"])));
    expect(await readUploadFile("t.xlsx", many)).toMatchObject({ ok: false, refusal: { code: "unzippedTooLarge" } });
  }, 30_000);

  it("refuses a file over the size limit before reading it, and anything that is no workbook", async () => {
    expect(await readUploadFile("t.xlsx", new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, refusal: { code: "tooLarge", maxMegabytes: 2 } });
    expect(await readUploadFile("t.xlsx", Buffer.from("PK\u0003\u0004 not really a zip"))).toEqual({ ok: false, refusal: { code: "unreadableFile" } });
    expect(await readUploadFile("t.pdf", Buffer.from("%PDF-1.4"))).toEqual({ ok: false, refusal: { code: "unreadableFile" } });
    expect(await readUploadFile("t.xlsx", new Uint8Array(0))).toEqual({ ok: false, refusal: { code: "unreadableFile" } });
  });

  it("reads shared strings with rich text runs, inline strings, booleans and Excel's escapes", async () => {
    const shared = '<sst><si><t>Mã</t></si><si><r><t>Phường </t></r><r><t xml:space="preserve">Ba Đình</t></r><rPh><t>x</t></rPh></si></sst>';
    const zip = await workbook(
      '<row r="2"><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>a_x000D_b</t></is></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="s"><v>0</v></c></row>',
      { "xl/sharedStrings.xml": shared },
    );
    const rels = '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
    const withRels = await JSZip.loadAsync(zip).then((z) => z.file("xl/_rels/workbook.xml.rels", rels).generateAsync({ type: "nodebuffer" }));
    expect(await readUploadFile("t.xlsx", withRels)).toEqual({ ok: true, rows: [{ row: 2, cells: [null, "Phường Ba Đình", "a\rb", "true", "Mã"] }] });
  });
});

describe("reading an uploaded CSV", () => {
  const header = "Mã chỉ tiêu,Số liệu\r\n";
  it("names the encoding of a CSV that is not UTF-8, and asks for UTF-8", () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header, "utf16le")]);
    const utf16be = Buffer.from([0xfe, 0xff, ...Buffer.from(header, "utf16le").swap16()]);
    expect(decodeCsv(utf16le)).toEqual({ code: "encoding", found: "utf16le" });
    expect(decodeCsv(utf16be)).toEqual({ code: "encoding", found: "utf16be" });
    expect(decodeCsv(Buffer.from(header, "utf16le"))).toEqual({ code: "encoding", found: "utf16le" });
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0, 0, 0x4d, 0, 0, 0]))).toEqual({ code: "encoding", found: "utf32" });
    // "Mã chỉ tiêu" in Windows-1258: "ã" is 0xE3, "ỉ" is "i" with the combining hook 0xD2.
    expect(decodeCsv(Buffer.from([0x4d, 0xe3, 0x20, 0x63, 0x68, 0x69, 0xd2, 0x0d, 0x0a]))).toEqual({ code: "encoding", found: "notUtf8" });
    expect(decodeCsv(Buffer.from(`\uFEFF${header}`, "utf8"))).toBe(header);
  });

  it("refuses more rows, columns or cells than the limits", () => {
    expect(csvRows("a\n".repeat(MAX_UPLOAD_ROWS + 1))).toEqual({ ok: false, refusal: { code: "tooManyRows", max: MAX_UPLOAD_ROWS } });
    expect(csvRows(`${"a,".repeat(MAX_UPLOAD_COLUMNS)}b\n`)).toEqual({ ok: false, refusal: { code: "tooManyColumns", max: MAX_UPLOAD_COLUMNS } });
    expect(csvRows(`${"a,".repeat(40)}\n`.repeat(MAX_UPLOAD_CELLS / 40 + 1))).toEqual({ ok: false, refusal: { code: "tooManyCells", max: MAX_UPLOAD_CELLS } });
  });

  it("gives back every text the export protected, whatever it starts with", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^'*[=+\-@\t\r].*$/s)), (text) => {
        expect(unprotectFormula(protectFormula(text))).toBe(text);
      }),
    );
  });

  it("takes off the apostrophe the export put before text a spreadsheet would run, and nothing else", () => {
    const read = csvRows("'=1+2,'+84,'-x,'@SUM(A1),\"'\tz\",\"'\rz\",'''=1,'abc,-12,'-12\r\n");
    expect(read).toEqual({ ok: true, rows: [{ row: 1, cells: ["=1+2", "+84", "-x", "@SUM(A1)", "\tz", "\rz", "''=1", "'abc", "-12", "-12"] }] });
  });
});
