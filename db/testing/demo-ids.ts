import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { indicators, units, users } from "../schema";

/**
 * Ids of the demo's rows by the names tests know them by. A unit code reused by the 2025 reform
 * names the unit stored first, the former one.
 */
export function demoIds(db: Db) {
  return {
    unitId: (code: string) => db.select({ id: units.id }).from(units).where(eq(units.code, code)).orderBy(units.id).all()[0]!.id,
    indicatorId: (code: string) => db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).all()[0]!.id,
    userId: (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).all()[0]!.id,
  };
}
