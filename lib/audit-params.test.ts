import { describe, expect, it } from "vitest";
import { auditParamsSchema, auditQuery, auditTimeRange, hasTypedDates } from "./audit-params";

describe("dates typed day first in the filter form", () => {
  it("reads dd/mm/yyyy as the ISO date the URL keeps, and refuses what is no date", () => {
    const raw = { from: "20/12/2023", to: "2024-01-05" };
    const filters = auditParamsSchema.parse(raw);
    expect(filters).toMatchObject({ from: "2023-12-20", to: "2024-01-05" });
    expect(hasTypedDates(raw, filters)).toBe(true);
    expect(auditQuery(filters)).toBe("from=2023-12-20&to=2024-01-05");
    expect(hasTypedDates({ from: "2023-12-20" }, auditParamsSchema.parse({ from: "2023-12-20" }))).toBe(false);
    expect(auditParamsSchema.parse({ from: "12/20/2023", to: "2023-02-30" })).toMatchObject({ from: undefined, to: undefined });
  });
});

describe("audit filters", () => {
  it("reads ids and dates and ignores what is malformed", () => {
    expect(auditParamsSchema.parse({ unitId: "4", userId: "x", from: "2024-01-01", to: "31/02/2024" })).toEqual({
      unitId: 4, userId: undefined, indicatorId: undefined, from: "2024-01-01", to: undefined,
    });
  });

  it("covers whole days in Vietnam's time zone", () => {
    const { from, to } = auditTimeRange({ from: "2024-01-19", to: "2024-01-19" });
    expect(from?.toISOString()).toBe("2024-01-18T17:00:00.000Z");
    expect(to?.toISOString()).toBe("2024-01-19T16:59:59.999Z");
  });
});
