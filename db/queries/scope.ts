import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { units } from "../schema";

/**
 * The unit's id followed by its ancestors' ids, or null when the unit does not exist: what a scope
 * check needs. The hierarchy is at most four levels deep, so this is at most four primary-key reads.
 */
export async function getUnitChain(db: Db, { unitId }: { unitId: number }): Promise<number[] | null> {
  const chain: number[] = [];
  let next: number | null = unitId;
  while (next !== null && chain.length < 10) {
    const [row] = db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.id, next)).all();
    if (!row) return chain.length === 0 ? null : chain;
    chain.push(row.id);
    next = row.parentId;
  }
  return chain;
}

/**
 * Codes of every unit in the subtree rooted at `rootUnitId` (the root included): the units an
 * editor scoped there may change, as an upload's unit code names them.
 */
export async function getSubtreeUnitCodes(db: Db, { rootUnitId }: { rootUnitId: number }): Promise<string[]> {
  // Level by level rather than a recursive query: the hierarchy is at most four levels deep, and
  // the query builder writes this the same for every engine.
  const codes: string[] = [];
  let level = db.select({ id: units.id, code: units.code }).from(units).where(eq(units.id, rootUnitId)).all();
  for (let depth = 0; level.length > 0 && depth < 10; depth++) {
    codes.push(...level.map((u) => u.code));
    level = db.select({ id: units.id, code: units.code }).from(units).where(inArray(units.parentId, level.map((u) => u.id))).all();
  }
  return codes;
}
