import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes, semicolons, line breaks or edge spaces", () => {
    expect(csvField("Phường Bắc Sơn")).toBe("Phường Bắc Sơn");
    expect(csvField("101,5%")).toBe('"101,5%"');
    expect(csvField('KH "HĐND"')).toBe('"KH ""HĐND"""');
    expect(csvField(" a")).toBe('" a"');
    expect(csvField(null)).toBe("");
    expect(csvField(12)).toBe("12");
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv(["Đơn vị", "GTSX"], [["Ba Đình", "1.234,5"]])).toBe('\uFEFFĐơn vị,GTSX\r\nBa Đình,"1.234,5"\r\n');
  });
});
