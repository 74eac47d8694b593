import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { importRegistry } from "@/db/registry/import";
import { actualRevisions, actuals, indicators, unitLineage } from "@/db/schema";
import { reformUnits } from "@/db/testing/reform-fixture";
import { createTempDatabase } from "@/db/testing/temp-database";
import { PLAN_VERSIONS } from "@/lib/domain";
import { fieldName } from "@/lib/entry";
import type { UploadCell, UploadRow } from "@/lib/spreadsheet/upload";
import { uploadLabels } from "@/lib/spreadsheet/texts";
import { contextFor, type ViewContext } from "./context";
import { checkEntry, entryFormView } from "./entry";
import { checkUpload } from "./upload";

// The new Phường Bỉm Sơn (01/07/2025, from Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh) has no figures
// of its own before 2025: the form, the save and an upload must all judge its figures against its
// predecessors' ones, or a figure 1000 times too large goes in unasked.

let db: Db;
let cleanup: () => void;
let ctx: ViewContext;
let bimSon: number;
let gtsx: number;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  importRegistry(db);
  ({ bimSon } = reformUnits(db));
  ctx = contextFor(db);
  gtsx = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "GTSX")).get()!.id;
}, 120_000);
afterAll(() => cleanup());

/** The predecessors' total the form shows as the same period last year (Cả năm 2024). */
async function lastYearShown(): Promise<number> {
  const form = await entryFormView(ctx, { unitId: bimSon, year: 2025, period: "FY" });
  const shown = form.rows.find((r) => r.indicator.id === gtsx)!.samePeriodLastYear;
  expect(shown).toBeGreaterThan(0);
  return shown!;
}

function file(year: number, period: string, figures: UploadCell[][]): UploadRow[] {
  const l = uploadLabels();
  const lines: UploadCell[][] = [
    [l.meta.unitCode, "14812"],
    [l.meta.year, String(year)],
    [l.meta.period, period],
    [l.columns.code, l.columns.indicator, l.columns.measure, l.columns.value, l.columns.status, l.columns.numerator, l.columns.denominator, l.columns.note],
    ...figures,
  ];
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

describe("a figure of the new Phường Bỉm Sơn far from its predecessors' same period last year", () => {
  it("the save asks for confirmation, and saves once confirmed", async () => {
    const lastYear = await lastYearShown();
    const form = { [fieldName("value", gtsx)]: String(lastYear * 1000), [fieldName("status", gtsx)]: "estimate" };
    const unconfirmed = await checkEntry(ctx, { unitId: bimSon, year: 2025, period: "FY", form });
    expect(unconfirmed).toMatchObject({ ok: false, error: "needs_confirmation" });
    expect(unconfirmed.ok === false && unconfirmed.error === "needs_confirmation" && unconfirmed.warnings[fieldName("value", gtsx)]).toContainEqual({ code: "far_from_last_year", lastYear });
    const confirmed = await checkEntry(ctx, { unitId: bimSon, year: 2025, period: "FY", form, confirm: "yes" });
    expect(confirmed).toMatchObject({ ok: true, figures: [{ indicatorId: gtsx, value: lastYear * 1000 }] });
  });

  it("the upload check shows the same warning before saving", async () => {
    const lastYear = await lastYearShown();
    const rows = file(2025, "Cả năm", [["GTSX", null, null, lastYear * 1000, null, null, null, null]]);
    const checked = await checkUpload(ctx, { unit: { id: bimSon, code: "14812" }, rows, scopeUnitCodes: null, planVersions: PLAN_VERSIONS });
    expect(checked.kind === "actuals" && checked.preview.problems).toEqual([]);
    expect(checked.kind === "actuals" && checked.preview.figures[0]!.warnings).toContainEqual({ code: "far_from_last_year", lastYear });
  });

  it("both doors ask the same questions, far from the plan included", async () => {
    const lastYear = await lastYearShown();
    const form = { [fieldName("value", gtsx)]: String(lastYear * 1000), [fieldName("status", gtsx)]: "estimate" };
    const unconfirmed = await checkEntry(ctx, { unitId: bimSon, year: 2025, period: "FY", form });
    const fromForm = unconfirmed.ok === false && unconfirmed.error === "needs_confirmation" ? unconfirmed.warnings[fieldName("value", gtsx)]!.map((w) => w.code) : [];
    const rows = file(2025, "Cả năm", [["GTSX", null, null, lastYear * 1000, null, null, null, null]]);
    const checked = await checkUpload(ctx, { unit: { id: bimSon, code: "14812" }, rows, scopeUnitCodes: null, planVersions: PLAN_VERSIONS });
    const fromFile = checked.kind === "actuals" ? checked.preview.figures[0]!.warnings.map((w) => w.code) : [];
    expect(fromForm).toContain("far_from_plan");
    // The file leaves the status blank (it keeps the stored one), so only the form's status can be a downgrade.
    expect(fromFile).toEqual(fromForm.filter((c) => c !== "status_downgrade"));
  });
});

describe("the previous period of the new Phường Bỉm Sơn before it existed", () => {
  it("is its predecessors' total where it has no figure of its own", async () => {
    const predecessors = db.select({ id: unitLineage.fromUnitId }).from(unitLineage).where(eq(unitLineage.toUnitId, bimSon)).all();
    expect(predecessors).toHaveLength(4);
    // Without its own 6 tháng 2025, its predecessors' stands in (they reported it before 1 July).
    const own = db.select({ id: actuals.id }).from(actuals).where(and(eq(actuals.unitId, bimSon), eq(actuals.period, "H1"))).all();
    db.delete(actualRevisions).where(inArray(actualRevisions.actualId, own.map((a) => a.id))).run();
    db.delete(actuals).where(and(eq(actuals.unitId, bimSon), eq(actuals.period, "H1"))).run();
    const h1 = (unitId: number, value: number) =>
      db.insert(actuals).values({ unitId, indicatorId: gtsx, year: 2025, period: "H1", value, status: "official", source: "illustrative" }).run();
    for (const p of predecessors) h1(p.id, 1000);
    const form = await entryFormView(ctx, { unitId: bimSon, year: 2025, period: "M9" });
    const row = form.rows.find((r) => r.indicator.id === gtsx)!;
    expect(row.previousPeriod).toBe(4000);
    // A figure a thousandth of it asks for confirmation.
    const checked = await checkEntry(ctx, { unitId: bimSon, year: 2025, period: "M9", form: { [fieldName("value", gtsx)]: "3", [fieldName("status", gtsx)]: "estimate" } });
    expect(checked).toMatchObject({ ok: false, error: "needs_confirmation" });
    expect(checked.ok === false && checked.error === "needs_confirmation" && checked.warnings[fieldName("value", gtsx)]!.map((w) => w.code)).toContain("magnitude_jump");
    // After the reform (9 tháng ends in September) nothing is filled in: Cả năm's previous period is its own.
    const ownM9 = db.select({ value: actuals.value }).from(actuals).where(and(eq(actuals.unitId, bimSon), eq(actuals.indicatorId, gtsx), eq(actuals.year, 2025), eq(actuals.period, "M9"))).get();
    const fy = await entryFormView(ctx, { unitId: bimSon, year: 2025, period: "FY" });
    expect(fy.rows.find((r) => r.indicator.id === gtsx)!.previousPeriod).toBe(ownM9?.value ?? null);
  });
});
