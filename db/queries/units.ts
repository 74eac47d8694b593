import "server-only";
import { and, asc, desc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { inForceFirst, isInForce, validityLabel, type ValidityLabel } from "@/lib/in-force";
import { searchKey } from "@/lib/search-key";
import type { Db } from "../client";
import { unitLineage, units, type Unit } from "../schema";

export type UnitSummary = Pick<Unit, "id" | "code" | "name" | "type" | "level" | "parentId">;
/** A unit with its parent's name, to tell apart the many wards that share a name. */
export type UnitListItem = UnitSummary & { parentName: string | null };

const summary = {
  id: units.id,
  code: units.code,
  name: units.name,
  type: units.type,
  level: units.level,
  parentId: units.parentId,
};

const parent = alias(units, "parent");
const listItem = { ...summary, parentName: parent.name };

export async function getUnit(db: Db, { unitId }: { unitId: number }): Promise<UnitSummary | null> {
  const [row] = db.select(summary).from(units).where(eq(units.id, unitId)).all();
  return row ?? null;
}

/** Is there a unit with this id? For the proxy, which must answer quickly. */
export function unitExists(db: Db, { unitId }: { unitId: number }): boolean {
  return db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get() !== undefined;
}

/** The unit's ancestors, province first (the hierarchy is at most four levels deep). */
export async function getUnitAncestors(db: Db, { unit }: { unit: UnitSummary }): Promise<UnitSummary[]> {
  const chain: UnitSummary[] = [];
  let parentId = unit.parentId;
  while (parentId !== null) {
    const parent = await getUnit(db, { unitId: parentId });
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** Units by id, with their parents' names, higher levels first. */
export async function getUnitList(db: Db, { unitIds }: { unitIds: number[] }): Promise<UnitListItem[]> {
  if (unitIds.length === 0) return [];
  return db
    .select(listItem)
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(inArray(units.id, unitIds))
    .orderBy(asc(units.level), asc(units.searchKey))
    .all();
}

/**
 * Children of a unit, or the provinces when unitId is null. Old units the registry import could
 * not place under a district also have no parent; they are not provinces, hence the level.
 */
export async function getChildUnits(
  db: Db,
  { unitId, inForceOn }: { unitId: number | null; /** Only the units in force that day (an ISO date). */ inForceOn?: string },
): Promise<UnitSummary[]> {
  const where = unitId === null ? and(isNull(units.parentId), eq(units.level, 1)) : eq(units.parentId, unitId);
  const rows = db.select({ ...summary, validFrom: units.validFrom, validTo: units.validTo }).from(units).where(where).orderBy(asc(units.code)).all();
  return rows.filter((u) => inForceOn === undefined || isInForce(u, inForceOn)).map(({ validFrom: _from, validTo: _to, ...u }) => u);
}

/** A search result: whether it is in force on the date asked about, what a former unit became, and its validity where its code was reused. */
export type UnitSearchItem = UnitListItem & {
  inForce: boolean;
  successors: { id: number; name: string; effectiveDate: string }[];
  validity: ValidityLabel | null;
  /** The unit's first day when it came into force only after the date asked about, else null. */
  startsLater: string | null;
};

/**
 * Units whose name contains the text, diacritics and case ignored: those in force on `asOf` (an
 * ISO date) first, then former ones with the units they were merged into; higher levels first.
 */
export async function searchUnits(
  db: Db,
  { query, asOf, limit = 20 }: { query: string; asOf: string; limit?: number },
): Promise<UnitSearchItem[]> {
  const key = searchKey(query).replace(/[%_\\]/g, "");
  if (!key) return [];
  // Units still in force come first from the database, so that the cut keeps them; the rule itself is lib/in-force.
  const found = db
    .select({ ...listItem, validFrom: units.validFrom, validTo: units.validTo })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(like(units.searchKey, sql`${"%" + key + "%"}`))
    .orderBy(desc(isNull(units.validTo)), asc(units.level), asc(units.name))
    .limit(limit * 5)
    .all();
  const shown = inForceFirst(found, asOf).slice(0, limit);
  if (shown.length === 0) return [];
  const ids = shown.map((u) => u.id);
  const successorRows = db
    .select({ fromId: unitLineage.fromUnitId, id: units.id, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.toUnitId))
    .where(inArray(unitLineage.fromUnitId, ids))
    .all();
  const sameCode = db
    .select({ code: units.code, validFrom: units.validFrom, validTo: units.validTo })
    .from(units)
    .where(inArray(units.code, [...new Set(shown.map((u) => u.code))]))
    .all();
  return shown.map(({ validFrom, validTo, ...u }) => ({
    ...u,
    inForce: isInForce({ validFrom, validTo }, asOf),
    successors: successorRows.filter((r) => r.fromId === u.id).map(({ id, name, effectiveDate }) => ({ id, name, effectiveDate })),
    validity: validityLabel({ code: u.code, validFrom, validTo }, sameCode),
    startsLater: validFrom > asOf ? validFrom : null,
  }));
}
