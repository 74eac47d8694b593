import { describe, expect, it } from "vitest";
import type { CompareRow } from "./compare";
import { decodeRows, encodeRows } from "./compare-wire";

const rows: CompareRow[] = [
  {
    unit: { id: 7, code: "14812", name: "Phường Ba Đình", type: "ward" },
    cells: {
      GTSX: { value: 4642.8000001, percentOfPlan: 105.999999, percentOfOtherPlan: 120.123, attainment: 106, status: "exceeded", provisional: true, figureStatus: "estimate" },
      DAN_SO: { value: null, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, provisional: false, figureStatus: null },
    },
  },
];

describe("the comparison's wire format", () => {
  it("carries the shown % of plan, the other plan's %, the status and the figure status", () => {
    const wire = encodeRows(rows, ["GTSX", "DAN_SO"], "percent");
    expect(wire).toEqual([[7, "14812", "Phường Ba Đình", 6, [106, 120.12, 0, 0], 0]]);
    const [back] = decodeRows(wire, ["GTSX", "DAN_SO"], "percent");
    expect(back!.unit).toEqual(rows[0]!.unit);
    expect(back!.cells.GTSX).toEqual({ value: null, percentOfPlan: 106, percentOfOtherPlan: 120.12, attainment: null, status: "exceeded", provisional: true, figureStatus: "estimate" });
    expect(back!.cells.DAN_SO).toEqual(rows[0]!.cells.DAN_SO);
  });

  it("carries the value instead when values are shown", () => {
    const [back] = decodeRows(encodeRows(rows, ["GTSX"], "value"), ["GTSX"], "value");
    expect(back!.cells.GTSX).toMatchObject({ value: 4642.8, percentOfPlan: null, status: "exceeded" });
  });
});
