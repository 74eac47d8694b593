import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemo } from "../seed";

/**
 * A real SQLite file in a temporary folder, migrated and (by default) seeded, for integration tests.
 * It also becomes the process's database (DATABASE_PATH, and getDb()'s client), for code at the
 * process's edges that opens the app's database itself (sign-in, the session, appContext()).
 */
export async function createTempDatabase(options: { seed?: boolean } = {}): Promise<{ db: Db; file: string; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-test-"));
  const file = path.join(dir, "test.db");
  process.env.DATABASE_PATH = file;
  const db = openDatabase(file);
  (globalThis as unknown as { chiTieuDb?: Db }).chiTieuDb = db;
  migrateDatabase(db);
  if (options.seed ?? true) await seedDemo(db);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      (globalThis as unknown as { chiTieuDb?: Db }).chiTieuDb = undefined;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
