import { describe, expect, it } from "vitest";
import type { CompareRow } from "./compare";
import { decodeRows, encodeRows } from "./compare-wire";

const rows: CompareRow[] = [
  {
    unit: { id: 7, code: "14812", name: "Phường Ba Đình", type: "ward", province: "Tỉnh Thanh Hóa" },
    cells: {
      GTSX: { value: 4642.8000001, percentOfPlan: 105.999999, percentOfOtherPlan: 120.123, attainment: 106, status: "exceeded", pointsFromPlan: null, provisional: true, figureStatus: "estimate" },
      DAN_SO: { value: null, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, pointsFromPlan: null, provisional: false, figureStatus: null },
    },
  },
];

describe("the comparison's wire format", () => {
  it("carries the shown % of plan, the other plan's %, the status and the figure status", () => {
    const wire = encodeRows(rows, ["GTSX", "DAN_SO"], "percent");
    expect(wire).toEqual([[7, "14812", "Phường Ba Đình", 6, "Tỉnh Thanh Hóa", [106, 120.12, 0, 0], 0]]);
    const [back] = decodeRows(wire, ["GTSX", "DAN_SO"], "percent");
    expect(back!.unit).toEqual(rows[0]!.unit);
    expect(back!.cells.GTSX).toEqual({ value: null, percentOfPlan: 106, percentOfOtherPlan: 120.12, attainment: 106, status: "exceeded", pointsFromPlan: null, provisional: true, figureStatus: "estimate" });
    expect(back!.cells.DAN_SO).toEqual(rows[0]!.cells.DAN_SO);
  });

  it("carries the value instead when values are shown", () => {
    const [back] = decodeRows(encodeRows(rows, ["GTSX"], "value"), ["GTSX"], "value");
    expect(back!.cells.GTSX).toMatchObject({ value: 4642.8, percentOfPlan: null, status: "exceeded" });
  });

  it("carries attainment where it differs from the %, so that a ceiling ranks the lowest figure first", () => {
    const poverty = (percentOfPlan: number, attainment: number) => ({
      value: null, percentOfPlan, percentOfOtherPlan: null, attainment, status: "achieved" as const, pointsFromPlan: null, provisional: false, figureStatus: "official" as const,
    });
    const wards: CompareRow[] = [
      { unit: { id: 1, code: "1", name: "A", type: "ward" }, cells: { NGHEO: poverty(150, 66.666666) } },
      { unit: { id: 2, code: "2", name: "B", type: "ward" }, cells: { NGHEO: poverty(50, 200) } },
      { unit: { id: 3, code: "3", name: "C", type: "ward" }, cells: { NGHEO: poverty(0, Number.POSITIVE_INFINITY) } },
    ];
    const wire = encodeRows(wards, ["NGHEO"], "percent");
    expect(wire.map((r) => r[5])).toEqual([[150, null, 1, 2, 66.67], [50, null, 1, 2, 200], [0, null, 1, 2, 1e9]]);
    // A rate's column carries its gap in percentage points instead of its % of plan.
    const rated = wards.map((w, i) => ({ ...w, cells: { NGHEO: { ...w.cells.NGHEO!, pointsFromPlan: [0.12, -0.1, -0.2][i]! } } }));
    const points = decodeRows(encodeRows(rated, ["NGHEO"], "percent", new Set(["NGHEO"])), ["NGHEO"], "percent", new Set(["NGHEO"])).map((r) => r.cells.NGHEO!);
    expect(points.map((c) => [c.pointsFromPlan, c.percentOfPlan])).toEqual([[0.12, null], [-0.1, null], [-0.2, null]]);
    expect(points.map((c) => c.attainment)).toEqual([66.67, 200, Number.POSITIVE_INFINITY]);
    expect(JSON.parse(JSON.stringify(wire))).toEqual(wire);
    const back = decodeRows(wire, ["NGHEO"], "percent").map((r) => r.cells.NGHEO!);
    expect(back.map((c) => c.percentOfPlan)).toEqual([150, 50, 0]);
    expect(back.map((c) => c.attainment)).toEqual([66.67, 200, Number.POSITIVE_INFINITY]);
    // Values carry no attainment: they sort by the value itself.
    expect(encodeRows(wards, ["NGHEO"], "value")[0]![5]).toHaveLength(4);
  });
});

describe("a figure without a plan", () => {
  it("still travels, so the row counts it as reported", () => {
    const cells = { GTSX: { value: 12, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, pointsFromPlan: null, provisional: false, figureStatus: "official" as const } };
    const [back] = decodeRows(encodeRows([{ unit: { id: 1, code: "1", name: "A", type: "ward" }, cells }], ["GTSX"], "percent"), ["GTSX"], "percent");
    expect(back!.cells.GTSX!.figureStatus).toBe("official");
  });
});
