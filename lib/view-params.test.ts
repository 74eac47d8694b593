import { describe, expect, it } from "vitest";
import { asOfSchema, compareParamsSchema, isoDayQuery, dashboardViewSegment, parseDashboardViewSegment, viewParamsSchema, viewQuery } from "./view-params";

describe("view parameters in the URL", () => {
  it("reads a shared comparison link", () => {
    expect(
      compareParamsSchema.parse({ year: "2024", period: "H1", plan: "higher_level", indicators: "gtsx,THU_NSNN,GTSX", sort: "-GTSX", status: "not_achieved" }),
    ).toEqual({ year: 2024, period: "H1", plan: "higher_level", indicators: ["GTSX", "THU_NSNN"], sort: "-GTSX", status: "not_achieved" });
  });

  it("reads the indicators of a submitted form, one field per checkbox", () => {
    expect(compareParamsSchema.parse({ indicators: ["GTSX", "DAN_SO"] }).indicators).toEqual(["GTSX", "DAN_SO"]);
  });

  it("falls back to defaults for anything malformed", () => {
    expect(compareParamsSchema.parse({ year: "abc", period: "Q5", indicators: "a b;DROP", sort: "x y", type: "city" })).toEqual({
      indicators: [],
    });
  });

  it("writes a stable query string leaving out what is unset", () => {
    expect(viewQuery({ year: 2024, period: undefined, indicators: ["GTSX", "DAN_SO"], q: "" })).toBe("?year=2024&indicators=GTSX%2CDAN_SO");
    expect(viewQuery({})).toBe("");
  });
});

describe("the dashboard's view as a path segment", () => {
  it("writes what a query asks for, in a fixed order, with _ for what is unset", () => {
    expect(dashboardViewSegment({ period: "H1", year: "2025" })).toBe("2025.H1._");
    expect(dashboardViewSegment({ plan: "higher_level" })).toBe("_._.higher_level");
    expect(dashboardViewSegment({})).toBe("_._._");
  });

  it("drops what is malformed, as the query would be read", () => {
    expect(dashboardViewSegment({ year: "abc", period: "Q5", plan: ["council", "x"] })).toBe("_._._");
  });

  it("reads back every view it writes", () => {
    for (const query of [{}, { year: "2025" }, { year: "2024", period: "M9", plan: "higher_level" }, { period: "FY" }]) {
      expect(parseDashboardViewSegment(dashboardViewSegment(query))).toEqual(viewParamsSchema.parse(query));
    }
  });

  it("refuses any other spelling of a view, so that each view is kept once", () => {
    for (const segment of ["2025.0.H1._", "2025.H1", "2025.H1._.x", "02025.H1._", "1800._._", "_.Q5._", "_._.COUNCIL", ""]) {
      expect(parseDashboardViewSegment(segment)).toBeNull();
    }
  });
});

describe("the \"as of\" day in the URL", () => {
  it("keeps a real day of 1990–2100 and drops anything else, meaning today", () => {
    expect(compareParamsSchema.parse({ asOf: "2024-03-15" }).asOf).toBe("2024-03-15");
    for (const bad of ["2024-02-30", "30/02/2024", "15/03/1989", "1989-12-31", "2101-01-01", "", "2024-03-15T00:00", "x".repeat(5000)]) {
      expect(compareParamsSchema.parse({ asOf: bad, year: "2025" })).toMatchObject({ asOf: undefined, year: 2025 });
    }
    expect(compareParamsSchema.parse({ asOf: ["2024-03-15", "2025-01-01"] }).asOf).toBeUndefined();
    expect(compareParamsSchema.parse({}).asOf).toBeUndefined();
    expect(asOfSchema.parse(undefined)).toBeUndefined();
  });

  it("reads a day typed day first, as the field shows it, and names it ISO in the URL", () => {
    expect(compareParamsSchema.parse({ asOf: "15/03/2024" }).asOf).toBe("2024-03-15");
    expect(compareParamsSchema.parse({ asOf: " 1/7/2025 " }).asOf).toBe("2025-07-01");
    expect(isoDayQuery({ q: "Ba Đình", asOf: "15/03/2024" }, "2024-03-15")).toBe("?q=Ba+%C4%90%C3%ACnh&asOf=2024-03-15");
    expect(isoDayQuery({ asOf: "2024-03-15" }, "2024-03-15")).toBeNull();
    expect(isoDayQuery({ asOf: "not a day" }, undefined)).toBeNull();
  });
});
