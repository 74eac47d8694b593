import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predecessorHistory, withReformHistory } from "@/lib/reform";
import { buildUnitReport } from "@/lib/report";
import type { Db } from "../client";
import { importRegistry } from "../registry/import";
import { createTempDatabase } from "../testing/temp-database";
import { reformUnits, BIM_SON_2025, HA_VINH_GTSX, unitIdByCode } from "../testing/reform-fixture";
import { getReformComparisonData, getSuccessors } from "./reform";
import { getUnitReportData } from "./report";

let db: Db;
let cleanup: () => void;
let bimSon: number;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  importRegistry(db);
  ({ bimSon } = reformUnits(db));
});
afterAll(() => cleanup());

async function h1Value(code: string, year: number): Promise<number> {
  const data = await getUnitReportData(db, { unitId: unitIdByCode(db, code, "old"), year });
  return data.actuals.find((a) => a.year === year && a.period === "H1" && data.indicators.find((i) => i.id === a.indicatorId)?.code === "GTSX")!.value;
}

describe("Phường Bỉm Sơn's 2025 report compared with the same period of 2024", () => {
  it("uses Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh as predecessors", async () => {
    const data = await getReformComparisonData(db, { unitId: bimSon, year: 2025 });
    expect(data?.effectiveDate).toBe("2025-07-01");
    expect(data?.years).toEqual([2024, 2023]);
    expect(data?.predecessors.map((p) => p.unit.name)).toEqual(["Phường Ba Đình", "Phường Lam Sơn", "Phường Đông Sơn", "Xã Hà Vinh"]);
  });

  it("sums the predecessors' 6-month production value for 'TH cùng kỳ' and derives growth from it", async () => {
    const data = await getUnitReportData(db, { unitId: bimSon, year: 2025 });
    const reform = (await getReformComparisonData(db, { unitId: bimSon, year: 2025 }))!;
    const history = predecessorHistory({ indicators: data.indicators, predecessors: reform.predecessors, years: reform.years });
    const rows = buildUnitReport({ ...data, actuals: withReformHistory(data.actuals, history), year: 2025, period: "H1" }).flatMap((g) => g.rows);
    const gtsx = rows.find((r) => r.indicator.code === "GTSX")!;
    const expected2024 =
      (await h1Value("14812", 2024)) + (await h1Value("14815", 2024)) + (await h1Value("14821", 2024)) + Math.round(HA_VINH_GTSX[2024] * 0.49);
    expect(gtsx.actual?.value).toBe(BIM_SON_2025.gtsxH1);
    expect(gtsx.samePeriodLastYear).toBe(expected2024);
    expect(gtsx.percentOfSamePeriod).toBeCloseTo((BIM_SON_2025.gtsxH1 / expected2024) * 100, 9);
    // Income per head: the seed's wards report it at 6 months, Hà Vinh does not, so no figure, and Hà Vinh is named.
    const income = history.incomplete.find((i) => data.indicators.find((d) => d.id === i.indicatorId)?.code === "THU_NHAP_BQ" && i.period === "H1");
    expect(income?.missing.map((u) => u.name)).toEqual(["Xã Hà Vinh"]);
  });

  it("tells an old ward where its figures continue", async () => {
    const successors = await getSuccessors(db, { unitId: unitIdByCode(db, "15277", "old") });
    expect(successors).toEqual([{ id: bimSon, code: "14812", name: "Phường Bỉm Sơn", effectiveDate: "2025-07-01" }]);
  });

  it("needs no predecessors for a unit that existed before, or once the new unit has a year of its own", async () => {
    expect(await getReformComparisonData(db, { unitId: unitIdByCode(db, "14812", "old"), year: 2024 })).toBeNull();
    expect(await getReformComparisonData(db, { unitId: bimSon, year: 2027 })).toBeNull();
  });
});
