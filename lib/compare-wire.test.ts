import { describe, expect, it } from "vitest";
import type { CompareRow } from "./compare";
import { decodeRows, encodeRows } from "./compare-wire";

describe("the comparison's wire format", () => {
  it("round-trips rows, rounding numbers and keeping empty cells empty", () => {
    const rows: CompareRow[] = [
      {
        unit: { id: 7, code: "14812", name: "Phường Ba Đình", type: "ward" },
        cells: {
          GTSX: { value: 4642.8000001, percentOfPlan: 105.999999, percentOfOtherPlan: null, attainment: 106, status: "exceeded", provisional: true, figureStatus: "estimate" },
          DAN_SO: { value: null, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, provisional: false, figureStatus: null },
        },
      },
    ];
    const wire = encodeRows(rows, ["GTSX", "DAN_SO"]);
    expect(wire).toEqual([[7, "14812", "Phường Ba Đình", 6, [4642.8, 106, null, 106, 0, 0], 0]]);
    const [back] = decodeRows(wire, ["GTSX", "DAN_SO"]);
    expect(back!.unit).toEqual(rows[0]!.unit);
    expect(back!.cells.GTSX).toEqual({ ...rows[0]!.cells.GTSX, value: 4642.8, percentOfPlan: 106 });
    expect(back!.cells.DAN_SO).toEqual(rows[0]!.cells.DAN_SO);
  });
});
