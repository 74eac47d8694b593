// An administrator's tolerance band on an indicator changes its verdict on every view, is audited,
// and the table refuses what the form refuses.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { setIndicatorTolerance } from "@/db/mutations/indicators";
import { getUnit } from "@/db/queries/units";
import { auditLog, indicators, units, users } from "@/db/schema";
import { createTempDatabase } from "@/db/testing/temp-database";
import { indicatorToleranceSchema } from "@/lib/indicator-params";
import { contextFor, type ViewContext } from "./context";
import { dashboardView } from "./dashboard";

let db: Db;
let ctx: ViewContext;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  ctx = contextFor(db);
});
afterAll(() => cleanup());

const idOf = <T extends { id: unknown }>(rows: T[]) => rows[0]!.id as number;
const gtsx = () => idOf(db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "GTSX")).all());
const admin = () => idOf(db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).all());

/** Thị xã Bỉm Sơn's production value at Cả năm 2024: 18.477 against a council plan of ≥ 18.964 (97,4%). */
async function bimSonProductionValue() {
  const unitId = idOf(db.select({ id: units.id }).from(units).where(eq(units.code, "381")).all());
  const { judged } = await dashboardView(ctx, { unit: (await getUnit(db, { unitId }))!, year: 2024, period: "FY" });
  return judged!.groups.flatMap((g) => g.rows).find((r) => r.indicator.code === "GTSX")!.evaluation!.status;
}

describe("an indicator's tolerance band, set by an administrator", () => {
  it("reads the band the Vietnamese way; empty goes back to the default; a negative or a word is refused", () => {
    expect(indicatorToleranceSchema.parse({ indicatorId: "3", tolerance: "600" })).toEqual({ indicatorId: 3, tolerance: 600 });
    expect(indicatorToleranceSchema.parse({ indicatorId: "3", tolerance: "0,5" })).toEqual({ indicatorId: 3, tolerance: 0.5 });
    expect(indicatorToleranceSchema.parse({ indicatorId: "3", tolerance: "" })).toEqual({ indicatorId: 3, tolerance: null });
    for (const bad of ["-1", "abc", "1e9999"]) expect(indicatorToleranceSchema.safeParse({ indicatorId: "3", tolerance: bad }).success).toBe(false);
  });

  it("turns a small miss into đạt on the dashboard, audited, and back again when cleared", async () => {
    expect(await bimSonProductionValue()).toBe("not_achieved");
    expect(await setIndicatorTolerance(db, { change: { indicatorId: gtsx(), tolerance: 600 }, userId: admin() })).toEqual({ ok: true });
    expect(await bimSonProductionValue()).toBe("achieved");
    const [audit] = db.select().from(auditLog).where(and(eq(auditLog.action, "indicator.update"), eq(auditLog.indicatorId, gtsx()))).all();
    expect(audit).toMatchObject({ before: { tolerance: null }, after: { tolerance: 600 } });

    expect(await setIndicatorTolerance(db, { change: { indicatorId: gtsx(), tolerance: null }, userId: admin() })).toEqual({ ok: true });
    expect(await bimSonProductionValue()).toBe("not_achieved");
  });

  it("refuses an indicator that does not exist, and the table refuses a negative band whoever writes it", async () => {
    expect(await setIndicatorTolerance(db, { change: { indicatorId: 999_999, tolerance: 1 }, userId: admin() })).toEqual({ ok: false });
    expect(() => db.update(indicators).set({ tolerance: -1 }).where(eq(indicators.id, gtsx())).run()).toThrow(/CHECK/);
  });
});
