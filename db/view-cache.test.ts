import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { saveActuals } from "./mutations/actuals";
import { getUnitReportData } from "./queries/report";
import { indicators, plans, units, users } from "./schema";
import { createTempDatabase } from "./testing/temp-database";
import { cachedView, getDataVersion, ViewCache } from "./view-cache";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const idOf = (table: typeof units | typeof indicators, code: string) => db.select({ id: table.id }).from(table).where(eq(table.code, code)).get()!.id;

describe("the data version", () => {
  it("rises with every write to the figures, units and indicators, by the app or by plain SQL", async () => {
    const unitId = idOf(units, "14812");
    const indicatorId = idOf(indicators, "VON_DAU_TU");
    const badinh = db.select({ id: users.id }).from(users).where(eq(users.username, "badinh")).get()!.id;
    let version = getDataVersion(db);

    await saveActuals(db, {
      unitId, year: 2025, period: "Q1", userId: badinh,
      figures: [{ indicatorId, value: 120.5, numerator: null, denominator: null, status: "estimate", note: null, expectedRevision: 0 }],
    });
    expect(getDataVersion(db)).toBeGreaterThan(version);

    version = getDataVersion(db);
    db.update(plans).set({ documentNumber: "15/NQ-HĐND" }).where(eq(plans.unitId, unitId)).run();
    expect(getDataVersion(db)).toBeGreaterThan(version);

    version = getDataVersion(db);
    db.$client.prepare("update units set name = name where id = ?").run(unitId);
    db.$client.prepare("update indicators set sort_order = sort_order where id = ?").run(indicatorId);
    expect(getDataVersion(db)).toBe(version + 2);
  });

  it("does not move when only users sign in or read", async () => {
    const version = getDataVersion(db);
    await getUnitReportData(db, { unitId: idOf(units, "381"), year: 2024 });
    db.update(users).set({ displayName: "Ba Đình" }).where(eq(users.username, "badinh")).run();
    expect(getDataVersion(db)).toBe(version);
  });
});

describe("computed views", () => {
  it("are computed once while the data stays the same, and again after any write", async () => {
    let version = 1;
    const views = new ViewCache(() => version, { max: 10 });
    let computed = 0;
    const compute = () => ++computed;

    expect(await views.get(["dashboard", 1, 2024], compute)).toBe(1);
    expect(await views.get(["dashboard", 1, 2024], compute)).toBe(1);
    expect(await views.get(["dashboard", 1, 2025], compute)).toBe(2);
    version = 2;
    expect(await views.get(["dashboard", 1, 2024], compute)).toBe(3);
  });

  it("share one computation between requests that arrive while it runs, and keep no failure", async () => {
    const views = new ViewCache(() => 1, { max: 10 });
    let calls = 0;
    const slow = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return "xong";
    };
    expect(await Promise.all([views.get(["a"], slow), views.get(["a"], slow)])).toEqual(["xong", "xong"]);
    expect(calls).toBe(1);

    await expect(views.get(["b"], () => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng");
    await new Promise((r) => setTimeout(r, 0));
    expect(await views.get(["b"], () => "được")).toBe("được");
  });

  it("keep at most the given number of views, dropping the least recently used", async () => {
    const views = new ViewCache(() => 1, { max: 2 });
    let computed = 0;
    const compute = () => ++computed;
    await views.get(["a"], compute);
    await views.get(["b"], compute);
    await views.get(["a"], compute);
    await views.get(["c"], compute); // drops b
    expect(await views.get(["a"], compute)).toBe(1);
    expect(await views.get(["b"], compute)).toBe(4);
  });

  it("serve a dashboard's figures from the real database until an official saves a new one", async () => {
    const unitId = idOf(units, "14812");
    const indicatorId = idOf(indicators, "GTSX");
    const gtsxQ1 = async () => {
      const data = await getUnitReportData(db, { unitId, year: 2025 });
      return data.actuals.find((a) => a.indicatorId === indicatorId && a.year === 2025 && a.period === "Q1")?.value ?? null;
    };
    const view = () => cachedView(db, ["test-gtsx", unitId], gtsxQ1);
    const before = await view();
    db.$client.prepare("update actuals set value = 4321 where unit_id = ? and indicator_id = ? and year = 2025 and period = 'Q1'").run(unitId, indicatorId);
    if (before === null) db.$client.prepare("insert into actuals (unit_id, indicator_id, year, period, value, status, source, revision, updated_at) values (?, ?, 2025, 'Q1', 4321, 'estimate', 'illustrative', 1, 0)").run(unitId, indicatorId);
    expect(await view()).toBe(4321);
  });
});
