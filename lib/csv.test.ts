import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes, semicolons, line breaks or edge spaces", () => {
    expect(csvField("Phường Bắc Sơn")).toBe("Phường Bắc Sơn");
    expect(csvField("101,5%")).toBe('"101,5%"');
    expect(csvField('Ghi chú, "ước"')).toBe('"Ghi chú, ""ước"""');
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvField(" a")).toBe('" a"');
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
    expect(csvField(-12.5)).toBe("-12.5");
  });

  it("neutralises text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-1+1")).toBe("'-1+1");
    expect(csvField("-1.234")).toBe("-1.234");
    expect(csvField("-12,5")).toBe('"-12,5"');
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv(["Đơn vị", "GTSX"], [["Ba Đình", "1.234,5"]])).toBe('\uFEFFĐơn vị,GTSX\r\nBa Đình,"1.234,5"\r\n');
  });
});
