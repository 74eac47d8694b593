import { describe, expect, it } from "vitest";
import { csvSeparator, readCsv } from "./csv-read";

describe("readCsv", () => {
  it("reads quoted fields, doubled quotes, line breaks in quotes and keeps line numbers", () => {
    const rows = readCsv('\uFEFFMã,Tên\r\nA,"Phường ""Bỉm Sơn"", Thanh Hóa"\r\n\r\nB,"hai\ndòng"\nC,\n');
    expect(rows).toEqual([
      { row: 1, cells: ["Mã", "Tên"] },
      { row: 2, cells: ["A", 'Phường "Bỉm Sơn", Thanh Hóa'] },
      { row: 4, cells: ["B", "hai\ndòng"] },
      { row: 6, cells: ["C", null] },
    ]);
  });

  it("reads the semicolons that Excel in Vietnamese writes, with decimal commas left in the cells", () => {
    expect(csvSeparator('Mã đơn vị;14812\r\nA,B')).toBe(";");
    expect(csvSeparator('"a;b;c",d')).toBe(",");
    expect(readCsv("GTSX;Giá trị;tỷ đồng;10.970,5;Ước\r\n")).toEqual([{ row: 1, cells: ["GTSX", "Giá trị", "tỷ đồng", "10.970,5", "Ước"] }]);
  });
});
