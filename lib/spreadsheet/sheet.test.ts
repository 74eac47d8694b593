import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { excelNumberFormat, toCsv, type Sheet } from "./sheet";
import { readXlsx, toXlsx } from "./xlsx";

const sheet: Sheet = {
  name: "Báo cáo",
  title: ["UBND Phường Bỉm Sơn", "BÁO CÁO"],
  columns: [
    { header: "STT", width: 6 },
    { header: "Chỉ tiêu", width: 40 },
    { header: "KH HĐND giao", width: 14, decimalsByRow: [null, 0, 3] },
    { header: "TH", width: 14, decimalsByRow: [null, 0, 3] },
    { header: "% KH", width: 10, decimals: 1, percent: true },
  ],
  rows: [
    ["I", "Kinh tế", null, null, null],
    [1, "Giá trị sản xuất, \"GTSX\"", { value: 18964, prefix: "≥ " }, 10473, 50.06],
    [2, "Thu ngân sách", 41.67, 41.795, 100.3],
  ],
  emphasised: [0],
  footer: ["(Ước) Số ước thực hiện"],
};

describe("spreadsheet writers", () => {
  it("writes CSV in UTF-8 with BOM, quoted as RFC 4180, numbers the Vietnamese way", () => {
    const csv = toCsv(sheet);
    expect(csv.startsWith("\uFEFFSTT,Chỉ tiêu,KH HĐND giao,TH,% KH\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[1]).toBe("I,Kinh tế,,,");
    expect(lines[2]).toBe('1,"Giá trị sản xuất, ""GTSX""",≥ 18.964,10.473,"50,1"');
    expect(lines[3]).toBe('2,Thu ngân sách,"41,67","41,795","100,3"');
  });

  it("writes xlsx with real numbers, number formats, frozen header and widths", async () => {
    const buffer = await toXlsx([sheet]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Báo cáo")!;
    // Two title lines, a blank line, then the header on row 4.
    expect(ws.getRow(4).getCell(2).value).toBe("Chỉ tiêu");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.getColumn(2).width).toBe(40);
    const plan = ws.getRow(6).getCell(3);
    expect(plan.value).toBe(18964);
    expect(plan.numFmt).toBe('"≥ "#,##0');
    expect(ws.getRow(7).getCell(4).value).toBe(41.795);
    expect(ws.getRow(7).getCell(4).numFmt).toBe("#,##0.000");
    expect(ws.getRow(6).getCell(5).numFmt).toBe('#,##0.0"%"');
    const [read] = await readXlsx(buffer);
    expect(read!.rows.find((r) => r.row === 7)!.cells).toEqual([2, "Thu ngân sách", 41.67, 41.795, 100.3]);
  });

  it("formats numbers for Excel with grouping and fixed decimals", () => {
    expect(excelNumberFormat(0)).toBe("#,##0");
    expect(excelNumberFormat(2, true)).toBe('#,##0.00"%"');
  });
});
