import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { count } from "drizzle-orm";
import type { Db } from "./client";
import { units } from "./schema";
import { seedDemo } from "./seed";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/**
 * SQLite adds a CHECK by recreating the table; with foreign keys on, dropping the old table would fail or
 * cascade. The migrator runs in one transaction, where `PRAGMA foreign_keys` does nothing, so they are
 * switched off around it (SQLite's documented procedure) and every reference is verified afterwards.
 */
export function migrateDatabase(db: Db): void {
  const client = db.$client;
  const enforced = client.pragma("foreign_keys", { simple: true }) === 1;
  if (enforced) client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = client.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`Migration left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    if (enforced) client.pragma("foreign_keys = ON");
  }
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
