import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareRows, compareTotal } from "@/lib/compare";
import { chartSeries } from "@/lib/chart-series";
import { buildUnitReport, latestReportedPeriod, summarizeStatuses } from "@/lib/report";
import type { Db } from "../client";
import { units } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { COMMUNE_LEVEL, getComparisonData, getIndicators, getReportedPeriods, getUnitPlans, getUnitsFigures, withDependencies } from "./compare";
import { getUnitReportData } from "./report";

let db: Db;
let cleanup: () => void;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

function unitId(code: string): number {
  const [row] = db.select({ id: units.id }).from(units).where(eq(units.code, code)).all();
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** Counts the statements the connection prepares while fn runs (better-sqlite3 prepares one per query). */
async function countQueries(fn: () => Promise<unknown>): Promise<number> {
  const client = db.$client;
  const original = client.prepare.bind(client);
  let n = 0;
  client.prepare = ((sql: string) => {
    n += 1;
    return original(sql);
  }) as typeof client.prepare;
  try {
    await fn();
  } finally {
    client.prepare = original;
  }
  return n;
}

describe("figures of many units", () => {
  it("reads the children of Bỉm Sơn in three queries, each child with its own figures", async () => {
    const bimSon = unitId("381");
    let figures: Awaited<ReturnType<typeof getUnitsFigures>> | undefined;
    expect(await countQueries(async () => (figures = await getUnitsFigures(db, { scope: { parentId: bimSon }, year: 2024 })))).toBe(3);
    expect(figures!.units.map((u) => u.code)).toEqual(["14809", "14812", "14815", "14818", "14821", "14823", "14824"]);
    const baDinh = figures!.figuresByUnit.get(unitId("14812"))!;
    expect(baDinh.plans.some((p) => p.value === 4380)).toBe(true);
    expect(baDinh.actuals.filter((a) => a.year === 2023).length).toBeGreaterThan(0);
  });

  it("reads for one period only what its statuses need, and gives the same statuses as reading everything", async () => {
    const bimSon = unitId("381");
    const indicators = await getIndicators(db);
    const all = await getUnitsFigures(db, { scope: { parentId: bimSon }, year: 2024 });
    const h1 = await getUnitsFigures(db, { scope: { parentId: bimSon }, year: 2024, period: "H1" });
    for (const u of all.units) {
      const slim = h1.figuresByUnit.get(u.id)!;
      expect(slim.actuals.every((a) => (a.year === 2024 && a.period === "H1") || (a.year === 2023 && (a.period === "H1" || a.period === "FY")))).toBe(true);
      const judge = (f: typeof slim) => summarizeStatuses(buildUnitReport({ indicators, ...f, year: 2024, period: "H1" }));
      expect(judge(slim)).toEqual(judge(all.figuresByUnit.get(u.id)!));
    }
  });

  it("compares the wards of Bỉm Sơn with the town's total rolled up and judged against the town's plan", async () => {
    const bimSon = unitId("381");
    const all = await getIndicators(db);
    const columns = all.filter((i) => ["GTSX", "THU_NHAP_BQ", "KDC_ANTT"].includes(i.code));
    const needed = withDependencies(all, columns);
    expect(needed.map((i) => i.code)).toEqual(["GTSX", "THU_NHAP_BQ", "DAN_SO", "KDC_ANTT"]);
    const figures = await getUnitsFigures(db, { scope: { parentId: bimSon }, year: 2024, period: "FY", indicatorIds: needed.map((i) => i.id) });
    const input = {
      columns,
      indicators: needed,
      children: figures.units,
      figuresByUnit: figures.figuresByUnit,
      parentPlans: await getUnitPlans(db, { unitId: bimSon, year: 2024 }),
      year: 2024,
      period: "FY" as const,
      planChoice: "council" as const,
    };
    const rows = compareRows(input);
    expect(rows.find((r) => r.unit.code === "14812")!.cells.GTSX).toMatchObject({ value: 4643, status: "exceeded" });
    const total = compareTotal(input);
    // The town's own report states the same sum of its wards: 18.477 tỷ against 18.964.
    const town = buildUnitReport({ ...(await getUnitReportData(db, { unitId: bimSon, year: 2024 })), year: 2024, period: "FY" })
      .flatMap((g) => g.rows)
      .find((r) => r.indicator.code === "GTSX")!;
    expect(total.cells.GTSX!.value).toBe(town.actual!.value);
    expect(total.cells.GTSX!.status).toBe(town.evaluation!.status);
    expect(total.coverage.GTSX).toEqual({ reported: 7, expected: 7 });
    // Income per head weighted by population, as the town's figure was computed.
    expect(total.cells.THU_NHAP_BQ!.value).toBeCloseTo(74.4, 1);
  });

  it("opens a comparison on the indicators the wards have plans for, at the latest reported period", async () => {
    const bimSon = unitId("381");
    const data = await getComparisonData(db, { scope: { parentId: bimSon }, parentId: bimSon, year: 2024, pickPeriod: (r) => latestReportedPeriod(r, 2024) ?? "FY" });
    expect(data.columns.map((c) => c.code)).toEqual(["GTSX", "THU_NHAP_BQ", "TY_LE_HO_NGHEO", "KDC_ANTT"]);
    expect(data.period).toBe("FY");
    expect(data.units).toHaveLength(7);
    const asked = await getComparisonData(db, { scope: { parentId: bimSon }, parentId: bimSon, year: 2024, period: "H1", indicatorCodes: ["GTSX_TANG"], pickPeriod: () => "FY" });
    expect(asked.columns.map((c) => c.code)).toEqual(["GTSX_TANG"]);
    expect(asked.indicators.map((c) => c.code)).toEqual(["GTSX", "GTSX_TANG"]);
    expect(asked.period).toBe("H1");
  });

  it("opens the country's comparison at the latest period its communes reported when no province reports", async () => {
    // The demo's provinces of 2026 have no figures of their own; their new communes report up to 9 tháng.
    expect(await getReportedPeriods(db, { scope: { level: 1 }, year: 2026 })).toEqual([]);
    const data = await getComparisonData(db, { scope: { level: COMMUNE_LEVEL, inForceOn: "2026-12-31" }, parentId: null, year: 2026, pickPeriod: (r) => latestReportedPeriod(r, 2026) ?? "FY" });
    expect(data.period).toBe("M9");
    expect(data.units.length).toBeGreaterThan(0);
    // And on the indicators those communes have plans for, not the first of the catalogue.
    const planned = new Set(data.units.flatMap((u) => data.figuresByUnit.get(u.id)!.plans.map((p) => p.indicatorId)));
    expect(data.columns.length).toBeGreaterThan(0);
    for (const c of data.columns) expect(planned.has(c.id), c.code).toBe(true);
  });

  it("knows the periods reported by a unit and by a level", async () => {
    expect((await getReportedPeriods(db, { scope: { unitId: unitId("381") }, year: 2024 })).map((p) => p.period).sort()).toEqual(["FY", "H1", "M9", "Q1"]);
    const communes = await getUnitsFigures(db, { scope: { level: COMMUNE_LEVEL }, year: 2024, period: "FY" });
    expect(communes.units.length).toBeGreaterThan(20);
  });
});

describe("the dashboard's reads", () => {
  it("reads the children's figures in a fixed handful of queries whatever their number (no query per row)", async () => {
    const children = (code: string) => getUnitsFigures(db, { scope: { parentId: unitId(code) }, year: 2024, period: "FY" });
    const seven = await countQueries(() => children("381"));
    const eight = await countQueries(() => children("382"));
    const none = await countQueries(() => children("14812"));
    expect(eight).toBe(seven);
    expect(none).toBe(seven);
    expect(seven).toBeLessThanOrEqual(4);
  });

  it("draws Trung Sơn's tourist arrivals against last summer's shape", async () => {
    const data = await getUnitReportData(db, { unitId: unitId("14830"), year: 2024 });
    const indicator = data.indicators.find((i) => i.code === "LUOT_KHACH")!;
    const series = chartSeries({ ...data, indicator, year: 2024, period: "H1", planChoice: "council" });
    expect(series.seasonal).toBe(true);
    expect(series.points[0]!.expected).toBeCloseTo(4.05 * 0.07, 2);
    expect(series.points.filter((p) => p.actual !== null)).toHaveLength(2);
    expect(series.projection?.status).toBeDefined();
  });
});
