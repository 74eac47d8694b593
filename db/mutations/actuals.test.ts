import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { getEntryForm } from "../queries/entry";
import { actualRevisions, actuals, auditLog, indicators, units, users } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { saveActuals } from "./actuals";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const idOf = (table: typeof units | typeof indicators, code: string) =>
  db.select({ id: table.id }).from(table).where(eq(table.code, code)).all()[0]!.id;
const userId = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).all()[0]!.id;
const counts = () => ({
  actuals: db.select().from(actuals).all().length,
  revisions: db.select().from(actualRevisions).all().length,
  audit: db.select().from(auditLog).all().length,
});

describe("saving a unit's actuals", () => {
  it("shows Ba Đình's Q1 2024 form with plan, previous year and the stored figure's history", async () => {
    const rows = await getEntryForm(db, { unitId: idOf(units, "14812"), year: 2024, period: "Q1" });
    const gtsx = rows.find((r) => r.indicator.code === "GTSX")!;
    expect(gtsx.plan).toMatchObject({ version: "higher_level", value: 4380 });
    expect(gtsx.current).toMatchObject({ revision: 1, status: "official" });
    expect(gtsx.samePeriodLastYear).toBeGreaterThan(0);
    expect(gtsx.previousPeriod).toBeNull();
    expect(gtsx.history).toHaveLength(1);
    expect(rows.some((r) => r.indicator.kind === "growth")).toBe(false);
  });

  it("writes a new estimate, then an official figure over it, keeping both in the history and the audit", async () => {
    const unitId = idOf(units, "14812");
    const indicatorId = idOf(indicators, "VON_DAU_TU");
    const badinh = userId("badinh");
    const first = await saveActuals(db, {
      unitId, year: 2025, period: "Q1", userId: badinh,
      figures: [{ indicatorId, value: 120.5, numerator: null, denominator: null, status: "estimate", note: "Ước", expectedRevision: 0 }],
    });
    expect(first).toEqual({ ok: true, revisions: { [indicatorId]: 1 } });
    const second = await saveActuals(db, {
      unitId, year: 2025, period: "Q1", userId: badinh,
      figures: [{ indicatorId, value: 118, numerator: null, denominator: null, status: "official", note: null, expectedRevision: 1 }],
    });
    expect(second).toEqual({ ok: true, revisions: { [indicatorId]: 2 } });

    const rows = await getEntryForm(db, { unitId, year: 2025, period: "Q1" });
    const row = rows.find((r) => r.indicator.id === indicatorId)!;
    expect(row.current).toMatchObject({ value: 118, status: "official", revision: 2, updatedBy: "Cán bộ P. Ba Đình" });
    expect(row.history.map((h) => [h.value, h.status, h.previousValue, h.previousStatus])).toEqual([
      [120.5, "estimate", null, null],
      [118, "official", 120.5, "estimate"],
    ]);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.indicatorId, indicatorId), eq(auditLog.unitId, unitId))).all();
    expect(audit.map((a) => a.action)).toEqual(["actual.create", "actual.update"]);
    expect(audit[1]!.before).toMatchObject({ value: 120.5, status: "estimate" });
    expect(audit[1]!.after).toMatchObject({ value: 118, status: "official" });
  });

  it("refuses the second of two edits made from the same loaded form, showing the other value and who made it", async () => {
    const unitId = idOf(units, "14812");
    const gtsx = idOf(indicators, "GTSX");
    const income = idOf(indicators, "THU_NHAP_BQ");
    const [loaded] = db.select().from(actuals).where(and(eq(actuals.unitId, unitId), eq(actuals.indicatorId, gtsx), eq(actuals.year, 2024), eq(actuals.period, "Q1"))).all();
    const base = { unitId, year: 2024, period: "Q1" as const };
    const fig = (value: number) => ({ indicatorId: gtsx, value, numerator: null, denominator: null, status: "official" as const, note: null, expectedRevision: loaded!.revision });

    expect(await saveActuals(db, { ...base, userId: userId("bimson"), figures: [fig(1001)] })).toMatchObject({ ok: true });
    const before = counts();
    const second = await saveActuals(db, {
      ...base,
      userId: userId("badinh"),
      figures: [fig(1002), { indicatorId: income, value: 20, numerator: null, denominator: null, status: "estimate", note: null, expectedRevision: 0 }],
    });
    expect(second).toEqual({
      ok: false,
      conflicts: [expect.objectContaining({ indicatorId: gtsx, value: 1001, revision: loaded!.revision + 1, updatedBy: "Cán bộ TX Bỉm Sơn" })],
    });
    // All or nothing: the other figure of the refused save was not written either.
    expect(counts()).toEqual(before);
    const [now] = db.select().from(actuals).where(eq(actuals.id, loaded!.id)).all();
    expect(now!.value).toBe(1001);
  });
});
