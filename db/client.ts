import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "data/chitieu.db";

export function databasePath(): string {
  // The database file lives outside the build; tell the bundler not to trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
}

/** Opens a SQLite file with the pragmas every connection needs. */
export function openDatabase(file: string = databasePath()): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // NORMAL is durable across application crashes in WAL mode; only power loss can drop the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

// One client per process; cached on globalThis so that dev-mode reloads reuse it.
const globalForDb = globalThis as unknown as { chiTieuDb?: Db };

export function getDb(): Db {
  globalForDb.chiTieuDb ??= openDatabase();
  return globalForDb.chiTieuDb;
}
