import { describe, expect, it } from "vitest";
import { auditParamsSchema, auditTimeRange } from "./audit-params";

describe("audit filters", () => {
  it("reads ids and dates and ignores what is malformed", () => {
    expect(auditParamsSchema.parse({ unitId: "4", userId: "x", from: "2024-01-01", to: "01/02/2024" })).toEqual({
      unitId: 4, userId: undefined, indicatorId: undefined, from: "2024-01-01", to: undefined,
    });
  });

  it("covers whole days in Vietnam's time zone", () => {
    const { from, to } = auditTimeRange({ from: "2024-01-19", to: "2024-01-19" });
    expect(from?.toISOString()).toBe("2024-01-18T17:00:00.000Z");
    expect(to?.toISOString()).toBe("2024-01-19T16:59:59.999Z");
  });
});
