import { describe, expect, it } from "vitest";
import { defaultYear, listedYears, parseYear } from "./year";

describe("the years a picker lists", () => {
  it("lists every year with data within 1990–2100, newest first, once each", () => {
    expect(listedYears([2024, 2030, 2025, 2024, 2028])).toEqual([2030, 2028, 2025, 2024]);
    expect(listedYears([1989, 1990, 2100, 2101, 9999, 1])).toEqual([2100, 1990]);
    expect(listedYears([])).toEqual([]);
  });
});

describe("the year a page opens on", () => {
  it("is the newest year with data up to next year", () => {
    expect(defaultYear([2023, 2024, 2025], 2025)).toBe(2025);
    expect(defaultYear([2023, 2026], 2025)).toBe(2026);
    expect(defaultYear([2023, 2024], 2025)).toBe(2024);
  });

  it("is never a far year, though the picker lists it", () => {
    const years = [2099, 2030, 2024, 2027];
    expect(defaultYear(years, 2025)).toBe(2024);
    expect(listedYears(years)).toContain(2099);
    expect(defaultYear(years, 2026)).toBe(2027);
    expect(defaultYear([9999, 2024, 1800], 2025)).toBe(2024);
  });

  it("is none when every year is far or out of range", () => {
    expect(defaultYear([2099, 2030], 2025)).toBeNull();
    expect(defaultYear([1500], 2025)).toBeNull();
    expect(defaultYear([], 2025)).toBeNull();
  });

  it("stays within the years the app keeps near the end of the range", () => {
    expect(defaultYear([2100, 2101], 2100)).toBe(2100);
  });
});

describe("a year as a template cell holds it", () => {
  it("is four digits within 1990–2100", () => {
    expect(parseYear(" 2025 ")).toBe(2025);
    expect(parseYear("2101")).toBeNull();
    expect(parseYear("25")).toBeNull();
  });
});
