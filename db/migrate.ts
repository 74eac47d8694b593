import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { count } from "drizzle-orm";
import type { Db } from "./client";
import { units } from "./schema";
import { seedDemo } from "./seed";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

export function isEmpty(db: Db): boolean {
  const [row] = db.select({ n: count() }).from(units).all();
  return (row?.n ?? 0) === 0;
}

/**
 * Brings a database up to date and, in demo mode, fills an empty one with the demo data.
 * Runs at every server start; both steps do nothing when there is nothing to do.
 */
export async function prepareDatabase(db: Db, options: { demo: boolean }): Promise<"seeded" | "ready"> {
  migrateDatabase(db);
  if (options.demo && isEmpty(db)) {
    await seedDemo(db);
    return "seeded";
  }
  return "ready";
}
