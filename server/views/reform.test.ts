import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getUnit, searchUnits, type UnitSummary } from "@/db/queries/units";
import { importRegistry } from "@/db/registry/import";
import { indicators, plans } from "@/db/schema";
import { reformUnits, BIM_SON_2025, unitIdByCode } from "@/db/testing/reform-fixture";
import { createTempDatabase } from "@/db/testing/temp-database";
import { referenceDateForYear } from "@/lib/in-force";
import { straightShare } from "@/lib/periods";
import { comparisonLines } from "@/lib/spreadsheet/comparison-rows";
import { readCsv } from "@/lib/spreadsheet/csv-read";
import { allocationView } from "./allocation";
import { chartView, smallMultiplesView } from "./chart";
import { childReports, comparisonPrintView, comparisonView } from "./comparison";
import { contextFor, type ViewContext } from "./context";
import { childStatuses, dashboardView } from "./dashboard";
import { entryFormView } from "./entry";
import { comparisonExport, reportExport } from "./exports";
import { reportPrintView, standardReport } from "./report";

// The new Phường Bỉm Sơn (01/07/2025, from Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh): every view of
// its 6 months of 2025 compares with its predecessors' 6 months of 2024, 2.275 + 1.739 + 1.218 + 353.
const SAME_PERIOD_2024 = 5585;
const PERCENT = (BIM_SON_2025.gtsxH1 / SAME_PERIOD_2024) * 100; // 108,3%

let db: Db;
let cleanup: () => void;
let ctx: ViewContext;
let bimSon: UnitSummary;
let province: UnitSummary;
const view = { year: 2025, period: "H1" as const, planChoice: "council" as const };

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  importRegistry(db);
  const ids = reformUnits(db);
  ctx = contextFor(db);
  bimSon = (await getUnit(db, { unitId: ids.bimSon }))!;
  province = (await getUnit(db, { unitId: unitIdByCode(db, "38", "new") }))!;
}, 120_000);
afterAll(() => cleanup());

/** The production value's row of the new ward's dashboard: what every other view must say. */
async function dashboardRow() {
  const { judged } = await dashboardView(ctx, { unit: bimSon, ...view });
  return judged!.groups.flatMap((g) => g.rows).find((r) => r.indicator.code === "GTSX")!;
}

describe("every view of the new Phường Bỉm Sơn uses its predecessors' history", () => {
  it("the dashboard: % of the same period 108,3%, and 'expected by now' from last year's seasonal shape", async () => {
    const row = await dashboardRow();
    expect(row.samePeriodLastYear).toBe(SAME_PERIOD_2024);
    expect(row.percentOfSamePeriod).toBeCloseTo(PERCENT, 9);
    expect(row.percentOfSamePeriod).toBeCloseTo(108.3, 1);
    // Not the straight half of the year: the predecessors' 2024 shape.
    expect(row.evaluation!.expected).not.toBeCloseTo(BIM_SON_2025.planGTSX * straightShare("H1"), 3);
    const { judged } = await dashboardView(ctx, { unit: bimSon, ...view });
    expect(judged!.reform?.predecessors.map((p) => p.name)).toEqual(["Phường Ba Đình", "Phường Lam Sơn", "Phường Đông Sơn", "Xã Hà Vinh"]);
  });

  it("the report, its print and both files", async () => {
    const truth = await dashboardRow();
    const report = (await standardReport(ctx, { unitId: bimSon.id, ...view }))!;
    const row = report.groups.flatMap((g) => g.rows).find((r) => r.indicator.code === "GTSX")!;
    expect(row.evaluation).toEqual(truth.evaluation);
    const print = (await reportPrintView(ctx, { unitId: bimSon.id, ...view }))!;
    const line = print.lines.find((l) => l.kind === "indicator" && l.indicator.code === "GTSX");
    expect(line).toMatchObject({ samePeriod: SAME_PERIOD_2024, percentOfSamePeriod: truth.percentOfSamePeriod });
    expect(line?.kind === "indicator" && line.notes).toContain("predecessorSum");

    const xlsx = (await reportExport(ctx, { unitId: bimSon.id, ...view, format: "xlsx", date: "2025-07-15" }))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((r) => {
      if (r.getCell(2).value === "Giá trị sản xuất trên địa bàn") cells.push(r.getCell(4).value, r.getCell(10).value);
    });
    expect(cells).toEqual([SAME_PERIOD_2024, truth.percentOfSamePeriod]);
    const csv = (await reportExport(ctx, { unitId: bimSon.id, ...view, format: "csv", date: "2025-07-15" }))!;
    const csvRow = readCsv(String(csv.body)).find((r) => r.cells[1] === "Giá trị sản xuất trên địa bàn")!;
    // Plain numbers for programs: after TH cùng kỳ come each plan's comparator and figure, TH, both % KH, % cùng kỳ.
    expect([csvRow.cells[3], csvRow.cells[11]]).toEqual(["5585", String(truth.percentOfSamePeriod)]);
  });

  it("the chart: last year's line and the expected pace are the predecessors'", async () => {
    const truth = await dashboardRow();
    const chart = (await chartView(ctx, { unit: bimSon, indicatorCode: "gtsx", ...view }))!;
    expect(chart.series.seasonal).toBe(true);
    expect(chart.series.points.find((p) => p.period === "H1")!.lastYear).toBe(SAME_PERIOD_2024);
    expect(chart.series.evaluation).toEqual(truth.evaluation);
    expect(chart.series.points.find((p) => p.period === "H1")!.expected).toBeCloseTo(truth.evaluation!.expected!, 9);
  });

  it("the province's small multiples, comparison, children panel, printed comparison and its files", async () => {
    const truth = await dashboardRow();
    const multiples = (await smallMultiplesView(ctx, { unit: province, indicatorCode: "GTSX", ...view }))!;
    const chart = multiples.charts.find((c) => c.unit.id === bimSon.id)!;
    expect(chart.series.evaluation).toEqual(truth.evaluation);
    expect(chart.series.points.find((p) => p.period === "H1")!.lastYear).toBe(SAME_PERIOD_2024);

    const comparison = await comparisonView(ctx, { scope: { parentId: province.id }, parentId: province.id, ...view, indicatorCodes: ["GTSX"] });
    const cell = comparison.rows.find((r) => r.unit.id === bimSon.id)!.cells.GTSX!;
    expect(cell.status).toBe(truth.evaluation!.status);
    expect(cell.percentOfPlan).toBe(truth.percentOfPlan.council);

    const panel = (await childStatuses(ctx, { unitId: province.id, ...view })).find((c) => c.id === bimSon.id)!;
    expect(panel.summary[truth.evaluation!.status]).toBeGreaterThanOrEqual(1);

    const print = (await comparisonPrintView(ctx, { unitId: province.id, ...view, group: "economy" }))!;
    const line = print.lines.find((l) => l.kind === "unit" && l.unit.id === bimSon.id && l.indicator.code === "GTSX");
    expect(line).toMatchObject({ samePeriod: SAME_PERIOD_2024, percentOfSamePeriod: truth.percentOfSamePeriod });
    const csv = (await comparisonExport(ctx, { unitId: province.id, ...view, group: "economy", format: "csv", date: "2025-07-15" }))!;
    const csvRow = readCsv(String(csv.body)).find((r) => r.cells[1] === "Phường Bỉm Sơn")!;
    expect([csvRow.cells[3], csvRow.cells[11]]).toEqual(["5585", String(truth.percentOfSamePeriod)]);
  });

  it("the entry form shows the predecessors' total as the same period last year", async () => {
    const form = await entryFormView(ctx, { unitId: bimSon.id, year: 2025, period: "H1" });
    expect(form.rows.find((r) => r.indicator.code === "GTSX")!.samePeriodLastYear).toBe(SAME_PERIOD_2024);
  });

  it("the allocation weighs the new ward's income per head by its predecessors' population", async () => {
    const income = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "THU_NHAP_BQ")).get()!.id;
    db.insert(plans).values({ unitId: bimSon.id, indicatorId: income, year: 2025, version: "council", comparator: "gte", value: 70, source: "illustrative" }).run();
    const allocation = await allocationView(ctx, { unitId: province.id, year: 2025 });
    const row = allocation.rows.find((r) => r.indicatorId === income)!;
    // The only child with a plan and a weight: without its predecessors' population it would have none.
    expect(row.combined?.value).toBe(70);
    expect(row.combined?.reported).toBe(1);
  });

  it("an old ward keeps its own figures: no predecessors, no roll-up", async () => {
    const baDinh = (await getUnit(db, { unitId: unitIdByCode(db, "14812", "old") }))!;
    const { judged } = await dashboardView(ctx, { unit: baDinh, year: 2024, period: "H1" });
    expect(judged!.reform).toBeNull();
    expect(judged!.groups.flatMap((g) => g.rows).find((r) => r.indicator.code === "GTSX")!.samePeriodLastYear).not.toBe(SAME_PERIOD_2024);
  });

  it("compares the new province's wards the same way, saying whose totals they are", async () => {
    const children = await childReports(ctx, { unitId: province.id, year: 2025, period: "H1" });
    expect(children.length).toBeGreaterThan(100);
    const lines = comparisonLines("economy", children);
    const bimSonLine = lines.find((l) => l.kind === "unit" && l.unit.code === "14812");
    expect(bimSonLine).toMatchObject({ samePeriod: SAME_PERIOD_2024, actual: BIM_SON_2025.gtsxH1 });
    expect(bimSonLine?.kind === "unit" && bimSonLine.notes).toContain("predecessorSum");
  });
});

describe("the country comparison shows the units in force for its year", () => {
  const today = "2026-12-03";
  const country = (year: number) =>
    comparisonView(ctx, { scope: { level: 3, inForceOn: referenceDateForYear(year, today) }, parentId: null, year, period: "H1", indicatorCodes: ["GTSX"] });

  it("lists exactly the 3.321 units of today for 2026, each with its province, the new Phường Bỉm Sơn among them", async () => {
    const { rows } = await country(2026);
    expect(rows).toHaveLength(3321);
    expect(rows.every((r) => typeof r.unit.province === "string" && r.unit.province.length > 0)).toBe(true);
    const bimSonRow = rows.find((r) => r.unit.id === bimSon.id)!;
    expect(bimSonRow.unit).toMatchObject({ name: "Phường Bỉm Sơn", province: "Tỉnh Thanh Hóa" });
    // Names repeat across provinces; the province tells them apart.
    const ngocHa = rows.filter((r) => r.unit.name === "Phường Ngọc Hà");
    expect(new Set(ngocHa.map((r) => r.unit.province)).size).toBe(ngocHa.length);
  });

  it("lists the former units for 2024, under their former provinces, and none formed in 2025", async () => {
    const { rows } = await country(2024);
    const codes = rows.map((r) => r.unit.code);
    expect(rows.find((r) => r.unit.id === bimSon.id)).toBeUndefined();
    expect(codes).toContain("14812");
    expect(rows.find((r) => r.unit.code === "14812")!.unit).toMatchObject({ name: "Phường Ba Đình", province: "Tỉnh Thanh Hóa" });
    expect(rows.some((r) => r.unit.name === "Phường Bỉm Sơn")).toBe(false);
  });
});

describe("searching after the registry import", () => {
  it("shows the units called Ba Đình in force first and marks the former ones with what they became", async () => {
    const results = await searchUnits(db, { query: "Ba Đình", asOf: "2026-12-03" });
    const firstFormer = results.findIndex((r) => !r.inForce);
    expect(firstFormer).toBeGreaterThan(0);
    expect(results.slice(firstFormer).every((r) => !r.inForce)).toBe(true);
    // Phường Ba Đình of Hà Nội, Xã Ba Đình of Thanh Hóa, ... (the package spells one "Ba Dinh").
    expect(results.slice(0, firstFormer).map((r) => r.code)).toContain("00004");
    const seedBaDinh = results.find((r) => r.code === "14812")!;
    expect(seedBaDinh).toMatchObject({ inForce: false, validity: { kind: "until", date: "30/06/2025" } });
    expect(seedBaDinh.successors.map((s) => s.name)).toEqual(["Phường Bỉm Sơn"]);
    expect(results.filter((r) => !r.inForce).every((r) => r.successors.length > 0)).toBe(true);
  });
});
