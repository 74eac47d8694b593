import { describe, expect, it } from "vitest";
import { compareParamsSchema, viewQuery } from "./view-params";

describe("view parameters in the URL", () => {
  it("reads a shared comparison link", () => {
    expect(
      compareParamsSchema.parse({ year: "2024", period: "H1", plan: "higher_level", indicators: "gtsx,THU_NSNN,GTSX", sort: "-GTSX", status: "on_track" }),
    ).toEqual({ year: 2024, period: "H1", plan: "higher_level", indicators: ["GTSX", "THU_NSNN"], sort: "-GTSX", status: "on_track" });
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
