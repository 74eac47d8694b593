import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { saveActuals } from "@/db/mutations/actuals";
import { demoIds } from "@/db/testing/demo-ids";
import { createTempDatabase } from "@/db/testing/temp-database";
import { accountsView, hasAccounts, indicatorsView, registryView } from "./admin";
import { auditExport, auditView } from "./audit";
import { comparisonFrame, countryComparisonView } from "./comparison";
import { contextFor, type ViewContext } from "./context";
import { homeView, unitSearchView } from "./overview";
import { planFormView } from "./plans";
import { entryTemplateView, planTemplateView } from "./templates";
import { createTempContext } from "./testing/temp-context";
import { unitSummary } from "./units";

let db: Db;
let ctx: ViewContext;
let cleanup: () => void;
let unitId: (code: string) => number;
let indicatorId: (code: string) => number;
let userId: (username: string) => number;
beforeAll(async () => {
  ({ db, ctx, cleanup } = await createTempContext());
  ({ unitId, indicatorId, userId } = demoIds(db));
});
afterAll(() => cleanup());

describe("the audit trail", () => {
  it("lists a saved figure under its unit, user and indicator, and offers them in the filters", async () => {
    const lamSon = unitId("14815");
    const gtsx = indicatorId("GTSX");
    const saved = await saveActuals(db, {
      unitId: lamSon,
      year: 2024,
      period: "Q1",
      figures: [{ indicatorId: gtsx, value: 812, numerator: null, denominator: null, status: "official", note: null, expectedRevision: 1 }],
      userId: userId("bimson"),
    });
    expect(saved.ok).toBe(true);
    const view = await auditView(ctx, { filters: { unitId: lamSon } });
    expect(view.entries[0]).toMatchObject({ action: "actual.update", unitCode: "14815", indicatorCode: "GTSX", user: "Cán bộ TX Bỉm Sơn" });
    expect(view.entries.every((e) => e.unitCode === "14815")).toBe(true);
    expect(view.units.map((u) => u.code)).toContain("14815");
    expect(view.users.map((u) => u.username)).toEqual(["admin", "badinh", "bimson", "phuongbimson", "thanhhoa", "viewer"]);
    expect(view.indicators.map((i) => i.code)).toContain("GTSX");
    // The export writes the same changes, not only one page of them.
    expect((await auditExport(ctx, { filters: { unitId: lamSon } })).map((e) => e.id)).toEqual(view.entries.map((e) => e.id));
    expect((await auditView(ctx, { filters: { unitId: unitId("14812") } })).entries).toEqual([]);
  });
});

describe("the admin pages", () => {
  it("list the demo's accounts with an editor's unit, the indicators in report order, and the registry held", async () => {
    const accounts = await accountsView(ctx);
    expect(accounts.map((a) => a.username)).toEqual(["admin", "badinh", "bimson", "phuongbimson", "thanhhoa", "viewer"]);
    expect(accounts.find((a) => a.username === "badinh")).toMatchObject({ role: "editor", scopeUnitCode: "14812", disabled: false });
    const list = await indicatorsView(ctx);
    expect(list[0]?.code).toBe("GTSX");
    expect(new Set(list.map((i) => i.code)).size).toBe(list.length);
    const registry = await registryView(ctx);
    // The demo holds the reform's units in Thanh Hóa, Thái Nguyên, Quảng Ngãi and Đà Nẵng, not the whole registry.
    expect(registry.provinces).toBe(4);
    expect(registry.communes).toBeGreaterThanOrEqual(8);
    expect(registry.lineage).toBeGreaterThan(0);
    expect(await hasAccounts(ctx)).toBe(true);
  });

  it("read the database of their context, not the process's", async () => {
    const empty = await createTempDatabase({ seed: false });
    try {
      expect(await hasAccounts(contextFor(empty.db))).toBe(false);
      expect(await accountsView(contextFor(empty.db))).toEqual([]);
      expect(await hasAccounts(ctx)).toBe(true);
      expect((await auditView(contextFor(empty.db), { filters: {} })).entries).toEqual([]);
    } finally {
      empty.cleanup();
      (globalThis as unknown as { chiTieuDb?: Db }).chiTieuDb = db;
    }
  });
});

describe("the plan form", () => {
  it("opens on the latest year with plans and the council's version, with each indicator's plan", async () => {
    const baDinh = unitId("14812");
    const view = await planFormView(ctx, { unitId: baDinh });
    expect(view).toMatchObject({ year: 2026, version: "council" });
    const bimSon = await planFormView(ctx, { unitId: unitId("381"), year: 2024 });
    expect(bimSon.rows.find((r) => r.indicator.code === "GTSX")?.current).toMatchObject({ comparator: "gte", value: 18964 });
    const lamSon = await planFormView(ctx, { unitId: unitId("14815"), year: 2024, version: "higher_level" });
    expect(lamSon.rows.find((r) => r.indicator.code === "GTSX")?.current).toMatchObject({ value: 3620 });
    expect(lamSon.rows.length).toBe((await indicatorsView(ctx)).length);
  });
});

describe("the templates", () => {
  it("hold the unit's stored figures for the period, its own latest year and the full year by default", async () => {
    const baDinh = unitId("14812");
    const asked = await entryTemplateView(ctx, { unitId: baDinh, year: 2024, period: "FY" });
    expect(asked.current.get(indicatorId("GTSX"))).toMatchObject({ value: 4643 });
    expect(asked.data.indicators.length).toBeGreaterThan(0);
    const byDefault = await entryTemplateView(ctx, { unitId: baDinh });
    expect(byDefault).toMatchObject({ year: 2024, period: "FY" });
  });

  it("hold the unit's stored plans by indicator and version", async () => {
    const view = await planTemplateView(ctx, { unitId: unitId("14815"), year: 2024 });
    expect(view.year).toBe(2024);
    expect(view.current.get(`${indicatorId("GTSX")}|higher_level`)).toMatchObject({ value: 3620 });
  });
});

describe("the home page and the comparisons' frames", () => {
  it("opens on the latest year with the provinces in force on the day, and finds a unit by name", async () => {
    const today = await homeView(ctx, { asOf: "2026-06-30" });
    expect(today.year).toBe(2026);
    expect(today.provinces.map((p) => p.name)).toContain("Tỉnh Thanh Hóa");
    expect(today.behind.map((u) => u.name)).toContain("Phường Quang Trung");
    const before = await homeView(ctx, { asOf: "2024-12-31" });
    expect(before.provinces.map((p) => p.code)).not.toEqual(today.provinces.map((p) => p.code));
    const found = await unitSearchView(ctx, { query: "bim son", asOf: "2026-06-30" });
    expect(found[0]).toMatchObject({ name: "Phường Bỉm Sơn", inForce: true });
  });

  it("compares the country's communes of the latest year, and frames a unit's children", async () => {
    const country = (await countryComparisonView(ctx, {}))!;
    expect(country.years).toEqual([2026, 2025, 2024]);
    expect(country.year).toBe(2026);
    expect(country.data.rows.map((r) => r.unit.name)).toContain("Phường Bỉm Sơn");
    const bimSonTown = (await unitSummary(ctx, { unitId: unitId("381") }))!;
    const frame = await comparisonFrame(ctx, { unit: bimSonTown });
    expect(frame.children.map((c) => c.code)).toContain("14812");
    expect(frame.ancestors.length).toBeGreaterThan(0);
    expect(frame.years).toContain(2024);
    expect(await unitSummary(ctx, { unitId: 999_999 })).toBeNull();
  });
});
