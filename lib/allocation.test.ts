import { describe, expect, it } from "vitest";
import { buildAllocation, type AllocationPlan } from "./allocation";

const TOWN = 1;
const WARDS = [11, 12, 13];
const GTSX = { id: 100, aggregation: "sum" as const, weightIndicatorId: null };
const INCOME = { id: 200, aggregation: "weighted_avg" as const, weightIndicatorId: 300 };
const SAFE_AREAS = { id: 400, aggregation: "share" as const, weightIndicatorId: null };

const plan = (unitId: number, indicatorId: number, value: number, version: AllocationPlan["version"] = "higher_level"): AllocationPlan => ({
  unitId, indicatorId, value, version,
});

describe("allocating a town's targets to its wards", () => {
  it("sums the wards' production targets and shows the gap to the town's own", () => {
    const rows = buildAllocation({
      parentId: TOWN,
      childIds: WARDS,
      indicators: [GTSX],
      plans: [plan(TOWN, 100, 18964, "council"), plan(11, 100, 8000), plan(12, 100, 6000), plan(13, 100, 4420), plan(13, 100, 9999, "council")],
      weights: new Map(),
    });
    expect(rows).toEqual([
      { indicatorId: 100, parent: 18964, children: [8000, 6000, 4420], combined: expect.objectContaining({ value: 18420, complete: true }), gap: -544 },
    ]);
  });

  it("weighs income per head by population and leaves shares and unassigned indicators alone", () => {
    const rows = buildAllocation({
      parentId: TOWN,
      childIds: WARDS,
      indicators: [INCOME, SAFE_AREAS, { id: 500, aggregation: "sum", weightIndicatorId: null }],
      plans: [plan(TOWN, 200, 75, "council"), plan(11, 200, 80), plan(12, 200, 70), plan(TOWN, 400, 85, "council"), plan(11, 400, 85)],
      weights: new Map([[300, new Map([[11, 3000], [12, 1000]])]]),
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ parent: 75, children: [80, 70, null], gap: 2.5 });
    expect(rows[0]!.combined).toMatchObject({ value: 77.5, reported: 2, expected: 3, complete: false });
    expect(rows[1]).toMatchObject({ parent: 85, combined: null, gap: null });
  });
});
