// Imports the post-2025 unit registry and the old→new lineage into the database. Idempotent and
// keyed by official code: a unit is found by (code, validFrom), a lineage row by its two units, and
// nothing that exists is changed, so the demo seed's units and their figures stay as they are.
//
// Placement of old units the database does not know yet (e.g. Xã Hà Vinh, 15277): they are created
// as commune-level units valid until 30/06/2025 under the pre-reform district of the same name
// and province when the database has one, and otherwise without a parent (parentId null, level 3).
// The data gives old districts only by name, without codes, and codes are never invented, so those
// old units are reached through search and through the lineage of their successor, not by browsing.
//
// A run by a person or a command (the admin page, npm run db:import-registry) names its actor and is
// written to the audit trail in the same transaction, with what it added and what it found already there.
import { lt, sql } from "drizzle-orm";
import {
  planRegistry,
  PRE_REFORM_LAST_DAY,
  REFORM_EFFECTIVE_DATE,
  REFORM_LEGAL_BASIS,
  UNKNOWN_START,
  type RegistryPlan,
  type RegistrySource,
} from "@/lib/registry";
import { searchKey } from "@/lib/search-key";
import type { Db } from "../client";
import { writeAudit } from "../mutations/audit";
import { unitLineage, units } from "../schema";
import { loadRegistrySource } from "./source";

export interface ImportCount {
  inserted: number;
  existing: number;
}

export interface RegistryImportResult {
  provinces: ImportCount;
  communes: ImportCount;
  predecessors: ImportCount & { withoutParent: number };
  lineage: ImportCount;
  skipped: RegistryPlan["skipped"];
  milliseconds: number;
}

/** Who ran the import: a signed-in administrator on the admin page, or the system from the command line. */
export type RegistryActor = { via: "page"; userId: number } | { via: "cli"; userId: null };

/** The audit row's record of a run: flat fields, so that the audit page words each one. */
export function registryAuditRecord(via: RegistryActor["via"], r: Omit<RegistryImportResult, "milliseconds" | "skipped">) {
  return {
    via,
    provincesAdded: r.provinces.inserted,
    provincesUnchanged: r.provinces.existing,
    communesAdded: r.communes.inserted,
    communesUnchanged: r.communes.existing,
    formerUnitsAdded: r.predecessors.inserted,
    formerUnitsUnchanged: r.predecessors.existing,
    lineageAdded: r.lineage.inserted,
    lineageUnchanged: r.lineage.existing,
  };
}

const count = (): ImportCount => ({ inserted: 0, existing: 0 });

export function importRegistry(
  db: Db,
  {
    actor = null,
    source = loadRegistrySource(),
  }: {
    /** Writes the run to the audit trail; test fixtures that build data leave it out. */
    actor?: RegistryActor | null;
    source?: RegistrySource;
  } = {},
): RegistryImportResult {
  const started = performance.now();
  const plan = planRegistry(source);
  const result: RegistryImportResult = {
    provinces: count(),
    communes: count(),
    predecessors: { ...count(), withoutParent: 0 },
    lineage: count(),
    skipped: plan.skipped,
    milliseconds: 0,
  };

  db.transaction((tx) => {
    const existing = tx
      .select({ id: units.id, code: units.code, name: units.name, level: units.level, parentId: units.parentId, validFrom: units.validFrom })
      .from(units)
      .all();
    const byCodeFrom = new Map(existing.map((u) => [`${u.code}|${u.validFrom}`, u.id]));
    const byId = new Map(existing.map((u) => [u.id, u]));
    // A pre-reform unit with this code, whatever start date it was given.
    const preReformByCode = new Map<string, number>();
    for (const u of tx
      .select({ id: units.id, code: units.code })
      .from(units)
      .where(lt(units.validFrom, REFORM_EFFECTIVE_DATE))
      .all()) {
      if (!preReformByCode.has(u.code)) preReformByCode.set(u.code, u.id);
    }
    // Pre-reform districts by "province name|district name", to place old units the seed lacks.
    const districts = new Map<string, number>();
    for (const u of existing) {
      if (u.level !== 2 || u.validFrom >= REFORM_EFFECTIVE_DATE || u.parentId === null) continue;
      const province = byId.get(u.parentId);
      if (province) districts.set(`${province.name}|${u.name}`, u.id);
    }

    const insertUnit = tx
      .insert(units)
      .values({
        code: sql.placeholder("code"),
        name: sql.placeholder("name"),
        searchKey: sql.placeholder("searchKey"),
        type: sql.placeholder("type"),
        parentId: sql.placeholder("parentId"),
        level: sql.placeholder("level"),
        validFrom: sql.placeholder("validFrom"),
        validTo: sql.placeholder("validTo"),
      })
      .returning({ id: units.id })
      .prepare();
    const add = (u: { code: string; name: string; type: string; parentId: number | null; level: number; validFrom: string; validTo: string | null }) => {
      const row = insertUnit.get({ ...u, searchKey: searchKey(u.name) }) as { id: number };
      return row.id;
    };

    const newIds = new Map<string, number>();
    for (const unitSet of [plan.provinces, plan.communes]) {
      const tally = unitSet === plan.provinces ? result.provinces : result.communes;
      for (const u of unitSet) {
        const found = byCodeFrom.get(`${u.code}|${u.validFrom}`);
        if (found !== undefined) {
          tally.existing += 1;
          newIds.set(`${u.level}|${u.code}`, found);
          continue;
        }
        const parentId = u.parentCode === null ? null : (newIds.get(`1|${u.parentCode}`) ?? null);
        const id = add({ code: u.code, name: u.name, type: u.type, parentId, level: u.level, validFrom: u.validFrom, validTo: u.validTo });
        newIds.set(`${u.level}|${u.code}`, id);
        tally.inserted += 1;
      }
    }

    const oldIds = new Map<string, number>();
    for (const p of plan.predecessors) {
      const found = preReformByCode.get(p.code);
      if (found !== undefined) {
        result.predecessors.existing += 1;
        oldIds.set(p.code, found);
        continue;
      }
      const parentId = districts.get(`${p.provinceName}|${p.districtName}`) ?? null;
      if (parentId === null) result.predecessors.withoutParent += 1;
      const id = add({ code: p.code, name: p.name, type: p.type, parentId, level: 3, validFrom: UNKNOWN_START, validTo: PRE_REFORM_LAST_DAY });
      oldIds.set(p.code, id);
      result.predecessors.inserted += 1;
    }

    const linked = new Set(
      tx
        .select({ from: unitLineage.fromUnitId, to: unitLineage.toUnitId })
        .from(unitLineage)
        .all()
        .map((l) => `${l.from}>${l.to}`),
    );
    const insertLineage = tx
      .insert(unitLineage)
      .values({
        fromUnitId: sql.placeholder("fromUnitId"),
        toUnitId: sql.placeholder("toUnitId"),
        effectiveDate: REFORM_EFFECTIVE_DATE,
        legalBasis: REFORM_LEGAL_BASIS,
      })
      .prepare();
    for (const l of plan.lineage) {
      const fromUnitId = oldIds.get(l.fromCode)!;
      const toUnitId = newIds.get(`3|${l.toCode}`)!;
      if (linked.has(`${fromUnitId}>${toUnitId}`)) {
        result.lineage.existing += 1;
        continue;
      }
      insertLineage.run({ fromUnitId, toUnitId });
      linked.add(`${fromUnitId}>${toUnitId}`);
      result.lineage.inserted += 1;
    }

    if (actor) {
      writeAudit(tx as unknown as Db, {
        userId: actor.userId,
        action: "registry.import",
        entity: "registry",
        entityId: null,
        after: registryAuditRecord(actor.via, result),
      });
    }
  }, { behavior: "immediate" }); // reads then writes: take the write lock first, as every mutation does

  result.milliseconds = Math.round(performance.now() - started);
  return result;
}
