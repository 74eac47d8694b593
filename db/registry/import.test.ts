import { and, count, eq, gte, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFORM_EFFECTIVE_DATE } from "@/lib/registry";
import type { Db } from "../client";
import { getAuditEntries } from "../queries/audit";
import { actuals, auditLog, plans, unitLineage, units, users } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { getRegistryStatus } from "../queries/registry";
import { importRegistry, type RegistryImportResult } from "./import";

let db: Db;
let cleanup: () => void;
let first: RegistryImportResult;
let before: { units: number; actuals: number; plans: number; audit: number; seedUnits: unknown[] };
let adminId: number;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  before = {
    units: db.select({ n: count() }).from(units).get()!.n,
    actuals: db.select({ n: count() }).from(actuals).get()!.n,
    plans: db.select({ n: count() }).from(plans).get()!.n,
    audit: db.select({ n: count() }).from(auditLog).get()!.n,
    seedUnits: db.select().from(units).all(),
  };
  adminId = db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get()!.id;
  // As the admin page runs it: the signed-in administrator is the actor.
  first = importRegistry(db, { actor: { via: "page", userId: adminId } });
  console.log(`registry import into a seeded temp database: ${first.milliseconds} ms`);
});
afterAll(() => cleanup());

const post = () => gte(units.validFrom, REFORM_EFFECTIVE_DATE);

function unitAt(code: string, era: "old" | "new") {
  return db
    .select()
    .from(units)
    .where(and(eq(units.code, code), era === "new" ? post() : eq(units.validTo, "2025-06-30")))
    .get();
}

describe("importing the unit registry", () => {
  it("yields exactly 34 provinces and 3.321 commune-level units from 01/07/2025", () => {
    expect(db.select({ n: count() }).from(units).where(and(post(), eq(units.level, 1))).get()!.n).toBe(34);
    expect(db.select({ n: count() }).from(units).where(and(post(), eq(units.level, 3))).get()!.n).toBe(3321);
    // The demo seed already holds the 4 provinces and 8 communes that took over its wards, with their 27 lineage rows.
    expect(first.provinces).toEqual({ inserted: 34 - 4, existing: 4 });
    expect(first.communes).toEqual({ inserted: 3321 - 8, existing: 8 });
    // Every new commune-level unit sits under its new province.
    expect(db.select({ n: count() }).from(units).where(and(post(), eq(units.level, 3), isNull(units.parentId))).get()!.n).toBe(0);
    expect(first.milliseconds).toBeLessThan(10_000);
  });

  it("links every coded mapping as lineage effective 01/07/2025", () => {
    expect(first.lineage).toEqual({ inserted: 10034 - 27, existing: 27 });
    expect(db.select({ n: count() }).from(unitLineage).where(eq(unitLineage.effectiveDate, "2025-07-01")).get()!.n).toBe(10034);
    expect(first.skipped).toEqual({ noOldCode: 938, noPredecessor: 5, duplicate: 0, unknownNewCode: 0 });
  });

  it("leaves the seed's units and figures as they were and reuses its old wards", () => {
    const seedUnits = before.seedUnits as { id: number }[];
    const ids = new Set(seedUnits.map((u) => u.id));
    expect(db.select().from(units).all().filter((u) => ids.has(u.id))).toEqual(seedUnits);
    expect(db.select({ n: count() }).from(actuals).get()!.n).toBe(before.actuals);
    expect(db.select({ n: count() }).from(plans).get()!.n).toBe(before.plans);
    // All 26 of the seed's old commune-level units and Xã Hà Vinh are old codes in the mapping: reused, not duplicated.
    expect(first.predecessors.existing).toBe(27);
    // Created old units go under the seed's pre-reform district of the same name and province
    // (the other wards of TP Thái Nguyên, TP Quảng Ngãi, ...); the rest have no parent.
    expect(first.predecessors.inserted - first.predecessors.withoutParent).toBe(46);
    const thaiNguyen = db.select().from(units).where(and(eq(units.code, "164"), eq(units.validTo, "2025-06-30"))).get()!;
    const wards = db.select({ code: units.code }).from(units).where(eq(units.parentId, thaiNguyen.id)).all();
    expect(wards.length).toBeGreaterThan(5);
    expect(first.predecessors.inserted + first.predecessors.existing).toBe(10034);
  });

  it("makes Phường Bỉm Sơn (14812 from 01/07/2025) the successor of Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh", () => {
    const bimSon = unitAt("14812", "new")!;
    expect(bimSon).toMatchObject({ name: "Phường Bỉm Sơn", type: "ward", level: 3, validTo: null });
    const province = db.select().from(units).where(eq(units.id, bimSon.parentId!)).get()!;
    expect(province).toMatchObject({ code: "38", name: "Tỉnh Thanh Hóa", validFrom: "2025-07-01" });
    const predecessors = db
      .select({ code: units.code, name: units.name, validTo: units.validTo })
      .from(unitLineage)
      .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
      .where(eq(unitLineage.toUnitId, bimSon.id))
      .all()
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(predecessors).toEqual([
      { code: "14812", name: "Phường Ba Đình", validTo: "2025-06-30" },
      { code: "14815", name: "Phường Lam Sơn", validTo: "2025-06-30" },
      { code: "14821", name: "Phường Đông Sơn", validTo: "2025-06-30" },
      { code: "15277", name: "Xã Hà Vinh", validTo: "2025-06-30" },
    ]);
    // Both are the seed's units; Hà Vinh is placed as the import places it, without a known district.
    const seedBaDinh = (before.seedUnits as { id: number; code: string }[]).find((u) => u.code === "14812")!;
    expect(unitAt("14812", "old")!.id).toBe(seedBaDinh.id);
    expect(unitAt("15277", "old")).toMatchObject({ name: "Xã Hà Vinh", type: "commune", parentId: null, level: 3 });
  });

  it("keeps every demo account on its unit: the former town and ward, and the new ward and province", () => {
    const scopes = db
      .select({ username: users.username, code: units.code, name: units.name, validTo: units.validTo })
      .from(users)
      .innerJoin(units, eq(units.id, users.scopeUnitId))
      .all()
      .sort((a, b) => a.username.localeCompare(b.username));
    expect(scopes).toEqual([
      { username: "badinh", code: "14812", name: "Phường Ba Đình", validTo: "2025-06-30" },
      { username: "bimson", code: "381", name: "Thị xã Bỉm Sơn", validTo: "2025-06-30" },
      { username: "phuongbimson", code: "14812", name: "Phường Bỉm Sơn", validTo: null },
      { username: "thanhhoa", code: "38", name: "Tỉnh Thanh Hóa", validTo: null },
    ]);
    // The province account reaches its wards through the new hierarchy the import completed.
    const bimSon = unitAt("14812", "new")!;
    expect(bimSon.parentId).toBe(db.select({ id: users.scopeUnitId }).from(users).where(eq(users.username, "thanhhoa")).get()!.id);
  });

  it("writes the administrator's run to the audit trail: who, when, what was added and what was already there", async () => {
    const rows = db.select().from(auditLog).where(eq(auditLog.action, "registry.import")).all();
    expect(rows).toHaveLength(1);
    expect(db.select({ n: count() }).from(auditLog).get()!.n).toBe(before.audit + 1);
    expect(rows[0]).toMatchObject({ userId: adminId, entity: "registry", entityId: null, unitId: null, indicatorId: null, before: null });
    expect(Date.now() - rows[0]!.at.getTime()).toBeLessThan(60_000);
    expect(rows[0]!.after).toEqual({
      via: "page",
      provincesAdded: 30,
      provincesUnchanged: 4,
      communesAdded: 3313,
      communesUnchanged: 8,
      formerUnitsAdded: first.predecessors.inserted,
      formerUnitsUnchanged: 27,
      lineageAdded: 10007,
      lineageUnchanged: 27,
    });
    // The audit page's query names the administrator.
    const [entry] = await getAuditEntries(db, { filters: {} });
    expect(entry).toMatchObject({ action: "registry.import", user: "Quản trị viên", unitCode: null, indicatorCode: null });
  });

  it("changes nothing when run again from the command line, and audits that run as the system", async () => {
    const unitsBefore = db.select({ n: count() }).from(units).get()!.n;
    const lineageBefore = db.select({ n: count() }).from(unitLineage).get()!.n;
    const auditBefore = db.select({ n: count() }).from(auditLog).get()!.n;
    const again = importRegistry(db, { actor: { via: "cli", userId: null } });
    expect(again.provinces).toEqual({ inserted: 0, existing: 34 });
    expect(again.communes).toEqual({ inserted: 0, existing: 3321 });
    expect(again.predecessors).toMatchObject({ inserted: 0, existing: 10034 });
    expect(again.lineage).toEqual({ inserted: 0, existing: 10034 });
    expect(db.select({ n: count() }).from(units).get()!.n).toBe(unitsBefore);
    expect(db.select({ n: count() }).from(unitLineage).get()!.n).toBe(lineageBefore);
    expect(unitsBefore).toBe(before.units + 30 + 3313 + first.predecessors.inserted);
    expect(await getRegistryStatus(db)).toEqual({ provinces: 34, communes: 3321, lineage: 10034 });
    // Only the audit trail grows, by the one row that says nothing was added.
    expect(db.select({ n: count() }).from(auditLog).get()!.n).toBe(auditBefore + 1);
    const [entry] = await getAuditEntries(db, { filters: {} });
    expect(entry).toMatchObject({ action: "registry.import", user: null });
    expect(entry!.after).toEqual({
      via: "cli",
      provincesAdded: 0,
      provincesUnchanged: 34,
      communesAdded: 0,
      communesUnchanged: 3321,
      formerUnitsAdded: 0,
      formerUnitsUnchanged: 10034,
      lineageAdded: 0,
      lineageUnchanged: 10034,
    });
  });

  it("leaves no audit row when a test fixture imports without an actor", () => {
    const auditBefore = db.select({ n: count() }).from(auditLog).get()!.n;
    importRegistry(db);
    expect(db.select({ n: count() }).from(auditLog).get()!.n).toBe(auditBefore);
  });
});
