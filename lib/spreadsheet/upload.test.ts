import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/messages";
import type { IndicatorDef } from "../report";
import { readCsv } from "./csv-read";
import { problemText } from "./problem-text";
import { toCsv } from "./sheet";
import { entryTemplateSheet, templateIndicators, type CurrentFigure } from "./template";
import { templateText, uploadLabels } from "./texts";
import { columnLetter, figuresToSave, parseRevision, readUploadLayout, validateUpload, type UploadContext, type UploadRow } from "./upload";
import { readUploadFile } from "./read-upload";
import { readXlsx, toXlsx } from "./xlsx";

const ind = (id: number, code: string, over: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code, nameVi: `Chỉ tiêu ${code}`, nameEn: code, group: "economy", measureVi: "tỷ đồng", measureEn: "billion VND",
  direction: "higher", timeBehaviour: "flow", aggregation: "sum", kind: "amount", baseIndicatorId: null, weightIndicatorId: null,
  decimals: 0, sortOrder: id, ...over,
});

const INDICATORS = [
  ind(1, "GTSX"),
  ind(2, "GTSX_TANG", { kind: "growth", baseIndicatorId: 1, aggregation: "none", decimals: 1, measureVi: "%" }),
  ind(3, "THU_NSNN", { decimals: 3 }),
  ind(4, "GD_VAN_HOA", { kind: "ratio", aggregation: "share", timeBehaviour: "level", decimals: 2, measureVi: "%" }),
  ind(5, "LUOT_KHACH", { decimals: 2, measureVi: "triệu lượt" }),
];

const current = new Map<number, CurrentFigure>([
  [1, { revision: 2, value: 10473, numerator: null, denominator: null, status: "estimate", note: null }],
  [3, { revision: 1, value: 41.795, numerator: null, denominator: null, status: "official", note: "Theo báo cáo" }],
  [4, { revision: 1, value: (2570 / 2683) * 100, numerator: 2570, denominator: 2683, status: "estimate", note: null }],
]);

const unit = { code: "05443", name: "Phường Trưng Vương" };
const labels = uploadLabels();
const context: UploadContext = { unit: { code: unit.code }, scopeUnitCodes: null, indicators: INDICATORS, current };

function template() {
  const indicators = templateIndicators({ indicators: INDICATORS, plans: [], actuals: [] });
  return entryTemplateSheet({ unit, year: 2023, period: "FY", indicators, current }, templateText({ unitName: unit.name, period: "FY", year: 2023 }));
}

function preview(rows: UploadRow[], ctx = context) {
  return validateUpload(readUploadLayout(rows, labels), labels, ctx);
}

describe("the entry template", () => {
  it("lists the unit's enterable indicators (never derived growth rates) with their stored figures", () => {
    const sheet = template();
    expect(sheet.rows.map((r) => r[0])).toEqual(["GTSX", "THU_NSNN", "GD_VAN_HOA", "LUOT_KHACH"]);
    expect(sheet.meta).toEqual([["Mã đơn vị", "05443"], ["Tên đơn vị", "Phường Trưng Vương"], ["Năm", "2023"], ["Kỳ báo cáo", "Cả năm"]]);
    // The last column is the figure's revision as downloaded (0 where there is none yet).
    expect(sheet.rows[0]).toEqual(["GTSX", "Chỉ tiêu GTSX", "tỷ đồng", 10473, "Ước", null, null, null, 2]);
    expect(sheet.rows.map((r) => r.at(-1))).toEqual([2, 1, 1, 0]);
  });

  it("round-trips through .xlsx: uploading the downloaded template changes nothing", async () => {
    const [read] = await readXlsx(await toXlsx([template()]));
    const p = preview(read!.rows);
    expect(p.problems).toEqual([]);
    expect(p).toMatchObject({ unitCode: "05443", year: 2023, period: "FY" });
    expect(p.figures.map((f) => [f.indicatorCode, f.change])).toEqual([
      ["GTSX", "unchanged"],
      ["THU_NSNN", "unchanged"],
      ["GD_VAN_HOA", "unchanged"],
    ]);
    expect(figuresToSave(p)).toEqual([]);
  });

  it("round-trips notes a spreadsheet would run as formulas: the export's apostrophe is taken off again", async () => {
    const notes = ["=1+2", "+84 912 345 678", "-5 hộ so với kỳ trước", "@tổ dân phố", "'=giữ nguyên dấu nháy", "a\tb", "hai\r\ndòng"];
    const withNotes = new Map([...current].map(([id, f], i) => [id, { ...f, note: notes[i % notes.length]! }]));
    const indicators = templateIndicators({ indicators: INDICATORS, plans: [], actuals: [] });
    const sheet = entryTemplateSheet({ unit, year: 2023, period: "FY", indicators, current: withNotes }, templateText({ unitName: unit.name, period: "FY", year: 2023 }));
    const csv = toCsv(sheet);
    expect(csv).toContain("'=1+2");
    for (const bytes of [Buffer.from(csv, "utf8"), await toXlsx([sheet])]) {
      const read = await readUploadFile(bytes instanceof Buffer && bytes[0] === 0x50 ? "t.xlsx" : "t.csv", bytes);
      expect(read.ok).toBe(true);
      const p = preview(read.ok ? read.rows : [], { ...context, current: withNotes });
      expect(p.problems).toEqual([]);
      expect(p.figures.map((f) => [f.note, f.change])).toEqual([...withNotes.values()].map((f) => [f.note, "unchanged"]));
    }
  });

  it("asks for confirmation, without refusing, when a figure is about 1000 times the stored one", () => {
    const p = preview(readCsv(toCsv(template())).map((r) => (r.cells[0] === "GTSX" ? { ...r, cells: r.cells.map((c, i) => (i === 3 ? "10.473.000" : c)) } : r)));
    expect(p.problems).toEqual([]);
    const gtsx = p.figures.find((f) => f.indicatorCode === "GTSX")!;
    expect(gtsx.warnings).toEqual([{ code: "magnitude_jump", reference: "stored", referenceValue: 10473, factor: 1000 }]);
    expect(figuresToSave(p)).toEqual([expect.objectContaining({ indicatorId: 1, value: 10473000, warnings: ["magnitude_jump"] })]);
  });

  it("round-trips through CSV (UTF-8 with BOM, Vietnamese numbers) the same way", () => {
    const csv = toCsv(template());
    expect(csv).toContain('THU_NSNN,Chỉ tiêu THU_NSNN,tỷ đồng,"41,795",Chính thức');
    const p = preview(readCsv(csv));
    expect(p.problems).toEqual([]);
    expect(p.figures.every((f) => f.change === "unchanged")).toBe(true);
  });

  it("reads new and changed figures, and what is saved is only what changes", () => {
    const rows = readCsv(toCsv(template()))
      .map((r) => (r.cells[0] === "LUOT_KHACH" ? { ...r, cells: ["LUOT_KHACH", null, null, "4,05", "Ước", null, null, null, "0"] } : r))
      .map((r) => (r.cells[0] === "GTSX" ? { ...r, cells: ["GTSX", null, null, "10.970", "Chính thức", null, null, null, "2"] } : r));
    const p = preview(rows);
    expect(p.problems).toEqual([]);
    expect(p.figures.filter((f) => f.change !== "unchanged").map((f) => [f.indicatorCode, f.change])).toEqual([
      ["GTSX", "changed"],
      ["LUOT_KHACH", "new"],
    ]);
    expect(figuresToSave(p)).toEqual([
      { indicatorId: 1, value: 10970, numerator: null, denominator: null, status: "official", note: null, expectedRevision: 2 },
      { indicatorId: 5, value: 4.05, numerator: null, denominator: null, status: "estimate", note: null, expectedRevision: 0 },
    ]);
  });
});

describe("a file with bad rows", () => {
  const header = ["Mã chỉ tiêu", "Chỉ tiêu", "ĐVT", "Số liệu", "Tình trạng (Ước / Sơ bộ / Chính thức)", "Tử số", "Mẫu số", "Ghi chú"];
  const file = (unitCode: string, rows: (string | number | null)[][]): UploadRow[] => [
    { row: 1, cells: ["Mã đơn vị", unitCode] },
    { row: 2, cells: ["Năm", "2023"] },
    { row: 3, cells: ["Kỳ báo cáo", "Cả năm"] },
    { row: 5, cells: header },
    ...rows.map((cells, i) => ({ row: 6 + i, cells })),
  ];

  it("is rejected whole, each problem with its row, column and reason", () => {
    const p = preview(
      file("05443", [
        ["GTSX", null, null, "10.970", "Ước", null, null, null],
        ["KHONG_CO", null, null, "5", null, null, null, null],
        ["GTSX", null, null, "10,970", null, null, null, null],
        ["LUOT_KHACH", null, null, "4.05", null, null, null, null],
        ["GTSX", null, null, "10.971", "Ước", null, null, null],
        ["GD_VAN_HOA", null, null, null, null, 2570, null, null],
        ["GTSX_TANG", null, null, "12,4", null, null, null, null],
        ["THU_NSNN", null, null, 41.7951, "Tạm tính", null, null, null],
        ["THU_NSNN", null, null, "41.795", null, null, null, null],
      ]),
    );
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [7, "A", "unknownIndicator"],
      [8, "D", "number.ambiguous_comma"],
      [9, "D", "number.decimal_dot"],
      [10, "A", "conflict"],
      [11, "G", "ratioParts"],
      [12, "A", "derivedIndicator"],
      [13, "D", "number.too_many_decimals"],
      [13, "E", "badStatus"],
      [14, "D", "number.ambiguous_dot"],
    ]);
    // Three decimals: "41.795" could be 41 795 or 41,795, and is never guessed.
    expect(p.problems.at(-1)?.params).toMatchObject({ value: "41.795", suggestion: "41,795" });
    // Never read 1000× off: "10,970" in a whole-number indicator and "4.05" are refused with the fix.
    expect(p.problems.find((x) => x.code === "number.ambiguous_comma")?.params.suggestion).toBe("10.970");
    expect(p.problems.find((x) => x.code === "number.decimal_dot")?.params.suggestion).toBe("4,05");
    expect(p.problems.find((x) => x.code === "conflict")?.params).toEqual({ code: "GTSX", otherRow: 6 });
    expect(figuresToSave(p)).toEqual([]);
  });

  it("refuses another unit's file and a unit outside the user's scope", () => {
    expect(preview(file("14812", [])).problems.map((x) => [x.column, x.code, x.params])).toEqual([
      ["B", "otherUnit", { fileCode: "14812", unitCode: "05443" }],
    ]);
    expect(preview(file("05443", []), { ...context, scopeUnitCodes: ["14812"] }).problems.map((x) => x.code)).toEqual(["outOfScope"]);
  });

  it("says when it is not a template at all", () => {
    expect(preview([{ row: 1, cells: ["xin chào"] }]).problems.map((x) => x.code)).toEqual(["noHeader"]);
    const p = preview([{ row: 1, cells: ["Năm", "hai nghìn"] }, { row: 2, cells: header.slice(0, 4) }]);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, "missingColumn"],
      [2, "missingColumn"],
      [2, "missingColumn"],
      [null, "missingMeta"],
      [1, "badYear"],
      [null, "missingMeta"],
    ]);
  });

  it("names columns as a spreadsheet does", () => {
    expect([0, 3, 25, 26, 27].map(columnLetter)).toEqual(["A", "D", "Z", "AA", "AB"]);
  });
});

describe("each kind of problem, as the preview words it in Vietnamese with its row and column", () => {
  const t = createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "spreadsheet" }) as unknown as Parameters<typeof problemText>[2];
  const names = { ...labels.meta, ...labels.columns };
  const listed = (rows: UploadRow[], ctx = context) => {
    const p = preview(rows, ctx);
    return { problems: p.problems.map((x) => problemText(x, names, t)), toSave: figuresToSave(p) };
  };
  /** The downloaded template as CSV rows, with the cells of one indicator's row replaced. */
  const templateRows = (edit: Record<string, (cells: (string | number | null)[]) => (string | number | null)[]> = {}) =>
    readCsv(toCsv(template())).map((r) => {
      const code = String(r.cells[0] ?? "");
      return edit[code] ? { ...r, cells: edit[code]!([...r.cells]) } : r;
    });
  const rowOf = (rows: UploadRow[], code: string) => rows.find((r) => r.cells[0] === code)!.row;
  const set = (column: number, value: string) => (cells: (string | number | null)[]) => {
    cells[column] = value;
    return cells;
  };

  it("an unknown indicator code", () => {
    const rows = [...templateRows(), { row: 30, cells: ["GTSX_MOI", null, null, "5", null, null, null, null, null] }];
    expect(listed(rows)).toEqual({
      problems: [{ row: 30, column: "A (Mã chỉ tiêu)", reason: "Mã chỉ tiêu “GTSX_MOI” không có trong danh mục." }],
      toSave: [],
    });
  });

  it("ambiguous numbers: never read 1000× off, always with the way to write it", () => {
    const rows = templateRows({ GTSX: set(3, "1,234"), LUOT_KHACH: set(3, "1.234,5.6"), THU_NSNN: set(3, "4.05") });
    expect(listed(rows)).toEqual({
      problems: [
        { row: rowOf(rows, "GTSX"), column: "D (Số liệu)", reason: "Chưa rõ “1,234”: nếu là số nghìn hãy viết 1.234; số này không có phần thập phân." },
        { row: rowOf(rows, "THU_NSNN"), column: "D (Số liệu)", reason: "Chưa rõ “4.05”: dùng dấu phẩy cho phần thập phân: 4,05" },
        { row: rowOf(rows, "LUOT_KHACH"), column: "D (Số liệu)", reason: "Không đọc được số “1.234,5.6”. Ví dụ cách viết đúng: 10.970,5" },
      ],
      toSave: [],
    });
  });

  it("a file for a unit outside the user's units", () => {
    expect(listed(templateRows(), { ...context, scopeUnitCodes: ["14812", "14815"] })).toEqual({
      problems: [{ row: null, column: "B (Mã đơn vị)", reason: "Đơn vị mã 05443 nằm ngoài phạm vi đơn vị được giao cho bạn." }],
      toSave: [],
    });
  });

  it("a conflicting figure: the same indicator twice in the file with different figures", () => {
    const rows = [...templateRows({ GTSX: set(3, "10.500") }), { row: 30, cells: ["GTSX", null, null, "10.600", "Ước", null, null, null, "2"] }];
    expect(listed(rows)).toEqual({
      problems: [{ row: 30, column: "A (Mã chỉ tiêu)", reason: `Chỉ tiêu “GTSX” đã có ở dòng ${rowOf(rows, "GTSX")} với số liệu khác.` }],
      toSave: [],
    });
  });

  it("a conflicting figure: someone else saved it after the template was downloaded", () => {
    const rows = templateRows({ LUOT_KHACH: set(3, "4,05") });
    // Since the download: GTSX corrected to 10.500 (revision 3), the households ratio recounted, and
    // tourist arrivals entered for the first time by another official.
    const now = new Map(current);
    now.set(1, { ...current.get(1)!, revision: 3, value: 10500 });
    now.set(4, { ...current.get(4)!, revision: 2, value: (2580 / 2683) * 100, numerator: 2580 });
    now.set(5, { revision: 1, value: 4.1, numerator: null, denominator: null, status: "estimate", note: null });
    const { problems, toSave } = listed(rows, { ...context, current: now });
    const stale = (code: string, current: string) =>
      `Số liệu “${code}” đã được sửa trên hệ thống sau khi tải mẫu (nay là ${current}); ghi tệp này sẽ đè lên. Hãy tải mẫu mới rồi điền lại dòng này.`;
    // The untouched rows too: saving them would silently undo the other official's change.
    expect(problems).toEqual([
      { row: rowOf(rows, "GTSX"), column: "D (Số liệu)", reason: stale("GTSX", "10.500") },
      { row: rowOf(rows, "GD_VAN_HOA"), column: "F (Tử số)", reason: stale("GD_VAN_HOA", "2.580/2.683") },
      { row: rowOf(rows, "LUOT_KHACH"), column: "D (Số liệu)", reason: stale("LUOT_KHACH", "4,1") },
    ]);
    expect(toSave).toEqual([]);
  });

  it("is no conflict when the file already says what was saved since, or when it has no revision column", () => {
    const now = new Map(current);
    now.set(1, { ...current.get(1)!, revision: 3, value: 10500 });
    const same = templateRows({ GTSX: set(3, "10.500") });
    expect(preview(same, { ...context, current: now }).problems).toEqual([]);
    // A file made by hand, without the column, is compared with the stored figures only.
    const handMade = templateRows().map((r) => ({ ...r, cells: r.cells.slice(0, 8) }));
    const p = preview(handMade, { ...context, current: now });
    expect(p.problems).toEqual([]);
    expect(p.figures.find((f) => f.indicatorCode === "GTSX")?.change).toBe("changed");
  });

  it("a revision that is not the app's", () => {
    const rows = templateRows({ GTSX: set(8, "hai") });
    expect(listed(rows).problems).toEqual([
      { row: rowOf(rows, "GTSX"), column: "I (Lần sửa (không sửa cột này))", reason: "Cột “Lần sửa” do ứng dụng ghi khi tải mẫu; “hai” không hợp lệ. Hãy để nguyên hoặc tải mẫu mới." },
    ]);
  });
});

describe("the template's revision cell", () => {
  it("reads a whole number, grouped with dots as the CSV template writes numbers from 1.000 on", () => {
    expect(parseRevision("0")).toBe(0);
    expect(parseRevision("12")).toBe(12);
    expect(parseRevision("1.000")).toBe(1000);
    expect(parseRevision("1.234.567")).toBe(1234567);
  });

  it("refuses anything else", () => {
    for (const raw of ["1,5", "1.5", "1.00", "-1", "abc", "12a", ".000"]) expect(parseRevision(raw)).toBeNull();
  });
});
