import "server-only";
import { and, asc, eq, inArray, isNull, like, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { searchKey } from "@/lib/search-key";
import type { Db } from "../client";
import { units, type Unit } from "../schema";

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
export async function getChildUnits(db: Db, { unitId }: { unitId: number | null }): Promise<UnitSummary[]> {
  const where = unitId === null ? and(isNull(units.parentId), eq(units.level, 1)) : eq(units.parentId, unitId);
  return db.select(summary).from(units).where(where).orderBy(asc(units.code)).all();
}

/** Units whose name contains the text, diacritics and case ignored; higher levels first. */
export async function searchUnits(db: Db, { query, limit = 20 }: { query: string; limit?: number }): Promise<UnitListItem[]> {
  const key = searchKey(query).replace(/[%_\\]/g, "");
  if (!key) return [];
  return db
    .select(listItem)
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(like(units.searchKey, sql`${"%" + key + "%"}`))
    .orderBy(asc(units.level), asc(units.name))
    .limit(limit)
    .all();
}
