import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { getPlanForm } from "../queries/plans";
import { auditLog, indicators, plans, units, users } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { savePlans } from "./plans";
import { createFirstAdmin } from "./users";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const unitId = (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).all()[0]!.id;
const indicatorId = (code: string) => db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).all()[0]!.id;
const userId = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).all()[0]!.id;

describe("setting plans", () => {
  it("updates a ward's assigned target under a decision, refuses a stale form, and audits the change", async () => {
    const lamSon = unitId("14815");
    const gtsx = indicatorId("GTSX");
    const row = (await getPlanForm(db, { unitId: lamSon, year: 2024, version: "higher_level" })).find((r) => r.indicator.code === "GTSX")!;
    expect(row.current).toMatchObject({ value: 3620, revision: 1 });
    const change = { indicatorId: gtsx, comparator: "gte" as const, value: 4164, valueMax: null, expectedRevision: 1 };
    const document = { number: "125/QĐ-UBND", date: "2024-01-15" };
    const base = { unitId: lamSon, year: 2024, version: "higher_level" as const, document, userId: userId("bimson") };
    expect(await savePlans(db, { ...base, plans: [change] })).toEqual({ ok: true, revisions: { [gtsx]: 2 } });
    const stale = await savePlans(db, { ...base, plans: [{ ...change, value: 9999 }] });
    expect(stale).toMatchObject({ ok: false, conflicts: [{ indicatorId: gtsx, value: 4164, revision: 2, updatedBy: "Cán bộ TX Bỉm Sơn" }] });
    const [stored] = db.select().from(plans).where(and(eq(plans.unitId, lamSon), eq(plans.indicatorId, gtsx), eq(plans.version, "higher_level"))).all();
    expect(stored).toMatchObject({ value: 4164, documentNumber: "125/QĐ-UBND", documentDate: "2024-01-15", revision: 2, source: "document" });
    const [audit] = db.select().from(auditLog).where(eq(auditLog.action, "plan.update")).all();
    expect(audit).toMatchObject({ unitId: lamSon, indicatorId: gtsx, before: expect.objectContaining({ value: 3620 }), after: expect.objectContaining({ value: 4164 }) });
  });
});

describe("accounts", () => {
  it("creates no second administrator once users exist", async () => {
    expect(await createFirstAdmin(db, { username: "x", displayName: "X", passwordHash: "h" })).toEqual({ ok: false, reason: "users_exist" });
  });
});
