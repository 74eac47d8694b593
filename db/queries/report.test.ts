import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildUnitReport, summarizeStatuses, type ReportRow } from "@/lib/report";
import { roundTo } from "@/lib/progress";
import type { Db } from "../client";
import { isEmpty, prepareDatabase } from "../migrate";
import { indicators, plans, units, users } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { getLatestPlanYear, getReportYears, getUnitReportData, getUnitsWithPlans } from "./report";
import { getChildUnits, getUnitAncestors, getUnitList, searchUnits } from "./units";

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

async function reportRows(code: string, year: number, period: "Q1" | "H1" | "M9" | "FY") {
  const data = await getUnitReportData(db, { unitId: unitId(code), year });
  const rows = buildUnitReport({ ...data, year, period }).flatMap((g) => g.rows);
  return (indicatorCode: string): ReportRow => {
    const row = rows.find((r) => r.indicator.code === indicatorCode);
    if (!row) throw new Error(`no row ${indicatorCode}`);
    return row;
  };
}

describe("the demo database", () => {
  it("places the seed localities in their pre-2025 hierarchy by official code", async () => {
    const bimSon = await getChildUnits(db, { unitId: unitId("381") });
    expect(bimSon.map((u) => u.code)).toEqual(["14809", "14812", "14815", "14818", "14821", "14823", "14824"]);
    const [ward] = await searchUnits(db, { query: "trung vuong", asOf: "2024-12-31" });
    expect(ward?.code).toBe("05443");
    const ancestors = await getUnitAncestors(db, { unit: ward! });
    expect(ancestors.map((u) => u.code)).toEqual(["19", "164"]);
  });

  it("finds units by name whatever the diacritics, and many wards share a name", async () => {
    const bacSon = await searchUnits(db, { query: "Bắc Sơn", asOf: "2024-12-31" });
    expect(bacSon.map((u) => [u.code, u.parentName]).sort()).toEqual([
      ["14809", "Thị xã Bỉm Sơn"],
      ["14833", "Thành phố Sầm Sơn"],
    ]);
    expect(await searchUnits(db, { query: "%", asOf: "2024-12-31" })).toEqual([]);
  });

  it("finds a merged ward after its unit in force, says what it became and names the reused code with its validity", async () => {
    const results = await searchUnits(db, { query: "bim son", asOf: "2026-12-03" });
    expect(results[0]).toMatchObject({ name: "Phường Bỉm Sơn", inForce: true, validity: { kind: "from", date: "01/07/2025" } });
    expect(results.filter((r) => !r.inForce).map((r) => r.name)).toEqual(["Thị xã Bỉm Sơn"]);
    const [baDinh] = await searchUnits(db, { query: "Ba Đình", asOf: "2026-12-03" });
    expect(baDinh).toMatchObject({ code: "14812", name: "Phường Ba Đình", inForce: false, validity: { kind: "until", date: "30/06/2025" } });
    expect(baDinh!.successors).toEqual([{ id: expect.any(Number), name: "Phường Bỉm Sơn", effectiveDate: "2025-07-01" }]);
    // As of 2024 the same ward is in force and the code is still its own story.
    const [then] = await searchUnits(db, { query: "Ba Đình", asOf: "2024-12-31" });
    expect(then).toMatchObject({ name: "Phường Ba Đình", inForce: true, startsLater: null });
  });

  it("as of 15/03/2024, shows Thị xã Bỉm Sơn and its wards first and the later Phường Bỉm Sơn as not yet formed", async () => {
    const results = await searchUnits(db, { query: "bim son", asOf: "2024-03-15" });
    expect(results[0]).toMatchObject({ name: "Thị xã Bỉm Sơn", inForce: true, startsLater: null });
    const later = results.filter((r) => !r.inForce);
    expect(later.map((r) => [r.name, r.startsLater])).toEqual([["Phường Bỉm Sơn", "2025-07-01"]]);
  });

  it("reports Bỉm Sơn's 2024 targets as the article states them", async () => {
    const row = await reportRows("381", 2024, "FY");
    expect(row("GTSX_TANG").plans.council).toMatchObject({ comparator: "gte", value: 12.4, source: "document" });
    expect(row("GTSX").plans.council?.value).toBe(18964);
    expect(row("TY_LE_HO_NGHEO").plans.council).toMatchObject({ comparator: "lte", value: 0.2 });
    expect(row("GPMB").plans.higher_level?.value).toBe(53.026);
    expect(row("GPMB").plans.council?.value).toBe(93.86);
    // The growth rate is derived from production value this year against last year.
    const growth = row("GTSX_TANG");
    expect(growth.actual?.derived).toBe(true);
    const gtsx = row("GTSX");
    expect(growth.actual?.value).toBeCloseTo((gtsx.actual!.value / gtsx.samePeriodLastYear! - 1) * 100, 6);
  });

  it("reproduces Trưng Vương's 2023 percentages against both plans", async () => {
    const row = await reportRows("05443", 2023, "FY");
    const revenue = row("THU_NSNN");
    expect(revenue.actual).toMatchObject({ value: 41.795, status: "estimate" });
    expect(roundTo(revenue.percentOfPlan.higher_level!, 0)).toBe(152);
    expect(roundTo(revenue.percentOfPlan.council!, 1)).toBe(100.3);
    expect(revenue.plans.council?.version).toBe("adjusted");
    const ward = row("THU_NS_XA");
    expect(roundTo(ward.percentOfPlan.higher_level!, 1)).toBe(315.3);
    expect(roundTo(ward.percentOfPlan.council!, 1)).toBe(125.6);
    const families = row("GD_VAN_HOA");
    expect(roundTo(families.actual!.value, 2)).toBe(95.79);
    expect(families.actual).toMatchObject({ statedValue: 96.46, statedMismatch: true, numerator: 2570, denominator: 2683 });
  });

  it("judges Sầm Sơn's summer-heavy tourism against last year's seasonal shape", async () => {
    const row = await reportRows("14830", 2024, "Q1");
    const arrivals = row("LUOT_KHACH");
    // Last year only 7% of arrivals came by March, so far less than a quarter is expected.
    expect(arrivals.evaluation?.expected).toBeCloseTo(4.05 * 0.07, 2);
    // 0,31 against 0,28 expected: ahead of schedule (a straight quarter, 1,01, would call it behind).
    expect(arrivals.evaluation?.status).toBe("exceeded");
  });

  it("lets each Bỉm Sơn ward's income per head fare against its plan apart from its production value", async () => {
    const wards = ["14809", "14812", "14815", "14818", "14821", "14823", "14824"];
    const pairs = await Promise.all(
      wards.map(async (code) => {
        const row = await reportRows(code, 2024, "FY");
        return [roundTo(row("GTSX").percentOfPlan.higher_level!, 1), roundTo(row("THU_NHAP_BQ").percentOfPlan.higher_level!, 1)];
      }),
    );
    expect(pairs.filter(([production, income]) => production === income)).toEqual([]);
    // Not one in step with the other: the ward furthest ahead on production is not the one furthest ahead on income.
    const best = (i: number) => pairs.indexOf([...pairs].sort((a, b) => b[i]! - a[i]!)[0]!);
    expect(best(0)).not.toBe(best(1));
  });

  it("lists the units with plans, towns before their wards", async () => {
    const list = await getUnitList(db, { unitIds: await getUnitsWithPlans(db, { year: 2024 }) });
    expect(list[0]).toMatchObject({ code: "381", parentName: "Tỉnh Thanh Hóa" });
    expect(list.map((u) => u.code)).toContain("14830");
    expect(list.map((u) => u.code)).not.toContain("05443"); // Trưng Vương's plans are for 2023
  });

  it("summarises the town's statuses and knows its years", async () => {
    const data = await getUnitReportData(db, { unitId: unitId("381"), year: 2024 });
    const summary = summarizeStatuses(buildUnitReport({ ...data, year: 2024, period: "FY" }));
    // As the dashboard says it: "9 chỉ tiêu, đã báo cáo 9/9: 1 vượt, 3 đạt, 4 không đạt kế hoạch", and
    // one without a plan to judge against. Income 74,4 of 75 is within its band of 0,05 + 0,75.
    expect(summary).toEqual({ total: 9, reported: 9, notReported: 0, exceeded: 1, achieved: 3, not_achieved: 4, unjudged: 1 });
    const row = await reportRows("381", 2024, "FY");
    expect(row("GTSX").evaluation?.status).toBe("not_achieved"); // 18.477 of 18.964 tỷ
    expect(await getReportYears(db, { unitId: unitId("381") })).toEqual([2024, 2023]);
    // The demo reaches today's structure: the newest plans are the 2026 plans of the units formed in 2025.
    expect(await getLatestPlanYear(db)).toBe(2026);
    expect(await getLatestPlanYear(db, { parentId: unitId("38") })).toBe(2024);
  });

  it("lists a real plan for 2030 in the year pickers without opening on it", async () => {
    const gtsx = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "GTSX")).get()!.id;
    db.insert(plans).values({ unitId: unitId("381"), indicatorId: gtsx, year: 2030, version: "council", comparator: "gte", value: 30000, source: "document" }).run();
    try {
      expect(await getReportYears(db, { unitId: unitId("381") })).toEqual([2030, 2024, 2023]);
      expect(await getLatestPlanYear(db, { now: new Date("2023-03-01T00:00:00Z") })).toBe(2024);
      // From 2029 on, the 2030 plan is next year's: the one an official opens.
      expect(await getLatestPlanYear(db, { now: new Date("2029-03-01T00:00:00Z") })).toBe(2030);
    } finally {
      db.delete(plans).where(eq(plans.year, 2030)).run();
    }
  });

  it("starts up idempotently: migrating again and preparing a seeded database changes nothing", async () => {
    const before = db.select().from(units).all().length;
    const accounts = db.select().from(users).all();
    expect(isEmpty(db)).toBe(false);
    expect(await prepareDatabase(db, { demo: true })).toBe("ready");
    expect(db.select().from(units).all().length).toBe(before);
    expect(db.select().from(users).all()).toEqual(accounts);
  });
});
