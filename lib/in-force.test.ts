import { describe, expect, it } from "vitest";
import { inForceFirst, parseAsOf, isInForce, referenceDateForYear, validityLabel, vietnamDate, yearForAsOf, yearOf } from "./in-force";

const baDinh = { code: "14812", name: "Phường Ba Đình", validFrom: "1900-01-01", validTo: "2025-06-30" };
const bimSon = { code: "14812", name: "Phường Bỉm Sơn", validFrom: "2025-07-01", validTo: null };
const lamSon = { code: "14815", name: "Phường Lam Sơn", validFrom: "1900-01-01", validTo: "2025-06-30" };

describe("isInForce", () => {
  it("includes both ends of the validity and nothing outside it", () => {
    expect(isInForce(baDinh, "2025-06-30")).toBe(true);
    expect(isInForce(baDinh, "2025-07-01")).toBe(false);
    expect(isInForce(bimSon, "2025-06-30")).toBe(false);
    expect(isInForce(bimSon, "2025-07-01")).toBe(true);
    expect(isInForce(bimSon, "2099-01-01")).toBe(true);
    expect(isInForce(baDinh, "1900-01-01")).toBe(true);
  });
  it("refuses a date that is not ISO rather than comparing strings wrongly", () => {
    expect(() => isInForce(bimSon, "01/07/2025")).toThrow();
    expect(() => isInForce(bimSon, "2025-7-1")).toThrow();
  });
});

describe("parseAsOf", () => {
  it("takes a real ISO day and nothing else", () => {
    expect(parseAsOf("2024-12-31")).toBe("2024-12-31");
    expect(parseAsOf("2024-02-30")).toBeNull();
    expect(parseAsOf("31/12/2024")).toBeNull();
    expect(parseAsOf("2024-12-31T00:00")).toBeNull();
    expect(parseAsOf("")).toBeNull();
  });
  it("keeps to the years the app keeps, and refuses what a date field or a hand-typed URL might send", () => {
    expect(parseAsOf("1990-01-01")).toBe("1990-01-01");
    expect(parseAsOf("2100-12-31")).toBe("2100-12-31");
    expect(parseAsOf("1989-12-31")).toBeNull();
    expect(parseAsOf("2101-01-01")).toBeNull();
    expect(parseAsOf("0000-01-01")).toBeNull();
    expect(parseAsOf("2024-13-01")).toBeNull();
    expect(parseAsOf("2024-00-10")).toBeNull();
    expect(parseAsOf(" 2024-03-15")).toBeNull();
    expect(parseAsOf("2024-03-15 ")).toBeNull();
    expect(parseAsOf("2023-02-29")).toBeNull();
    expect(parseAsOf("2024-02-29")).toBe("2024-02-29");
  });
});

describe("yearForAsOf", () => {
  it("opens on the latest year, or on the chosen day's year when that is earlier", () => {
    expect(yearOf("2024-03-15")).toBe(2024);
    expect(yearForAsOf(2026, undefined)).toBe(2026);
    expect(yearForAsOf(2026, "2024-03-15")).toBe(2024);
    expect(yearForAsOf(2026, "2026-12-03")).toBe(2026);
    // A day after the latest year with data still opens on the data there is.
    expect(yearForAsOf(2026, "2030-01-01")).toBe(2026);
  });
  it("with the chosen day as today, shows the units in force that day", () => {
    const asOf = "2024-03-15";
    const day = referenceDateForYear(yearForAsOf(2026, asOf), asOf);
    expect(day).toBe("2024-03-15");
    expect(isInForce(baDinh, day)).toBe(true);
    expect(isInForce(bimSon, day)).toBe(false);
  });
});

describe("referenceDateForYear", () => {
  it("is the year's last day once the year is over, and today while it runs", () => {
    expect(referenceDateForYear(2024, "2026-12-03")).toBe("2024-12-31");
    expect(referenceDateForYear(2025, "2026-12-03")).toBe("2025-12-31");
    expect(referenceDateForYear(2026, "2026-12-03")).toBe("2026-12-03");
    expect(referenceDateForYear(2027, "2026-12-03")).toBe("2027-12-31");
  });
  it("shows the old units for 2024 and the new ones for 2025 and 2026", () => {
    expect(isInForce(baDinh, referenceDateForYear(2024, "2026-12-03"))).toBe(true);
    expect(isInForce(bimSon, referenceDateForYear(2025, "2026-12-03"))).toBe(true);
    expect(isInForce(baDinh, referenceDateForYear(2025, "2026-12-03"))).toBe(false);
  });
});

describe("vietnamDate", () => {
  it("is the day in Vietnam, seven hours ahead of UTC", () => {
    expect(vietnamDate(new Date("2025-06-30T16:59:59Z"))).toBe("2025-06-30");
    expect(vietnamDate(new Date("2025-06-30T17:00:00Z"))).toBe("2025-07-01");
  });
});

describe("validityLabel", () => {
  it("names a reused code with its validity, and nothing when the code is the unit's alone", () => {
    const all = [baDinh, bimSon, lamSon];
    expect(validityLabel(baDinh, all)).toEqual({ kind: "until", date: "30/06/2025" });
    expect(validityLabel(bimSon, all)).toEqual({ kind: "from", date: "01/07/2025" });
    expect(validityLabel(lamSon, all)).toBeNull();
    expect(validityLabel(bimSon, [bimSon])).toBeNull();
  });
  it("gives both ends when both are recorded", () => {
    const short = { code: "1", validFrom: "2020-01-01", validTo: "2025-06-30" };
    expect(validityLabel(short, [short, { code: "1", validFrom: "2025-07-01", validTo: null }])).toEqual({
      kind: "between",
      from: "01/01/2020",
      to: "30/06/2025",
    });
  });
});

describe("inForceFirst", () => {
  it("puts the units in force first and keeps the order within each group", () => {
    expect(inForceFirst([baDinh, lamSon, bimSon], "2026-12-03").map((u) => u.name)).toEqual(["Phường Bỉm Sơn", "Phường Ba Đình", "Phường Lam Sơn"]);
    expect(inForceFirst([bimSon, baDinh], "2024-12-31").map((u) => u.name)).toEqual(["Phường Ba Đình", "Phường Bỉm Sơn"]);
  });
});
