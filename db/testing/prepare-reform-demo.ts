// For end-to-end tests and local trials: imports the registry into DATABASE_PATH and adds the
// figures across the reform (db/testing/reform-fixture.ts) once. Usage: tsx db/testing/prepare-reform-demo.ts
import { eq } from "drizzle-orm";
import { databasePath, openDatabase, type Db } from "../client";
import { migrateDatabase } from "../migrate";
import { importRegistry } from "../registry/import";
import { actuals } from "../schema";
import { addReformFigures, unitIdByCode } from "./reform-fixture";

export function prepareReformDemo(db: Db): { bimSon: number; haVinh: number } {
  importRegistry(db);
  const bimSon = unitIdByCode(db, "14812", "new");
  const has = db.select({ id: actuals.id }).from(actuals).where(eq(actuals.unitId, bimSon)).get();
  if (has) return { bimSon, haVinh: unitIdByCode(db, "15277", "old") };
  return addReformFigures(db);
}

if (process.argv[1]?.endsWith("prepare-reform-demo.ts")) {
  const db = openDatabase(databasePath());
  migrateDatabase(db);
  console.log(prepareReformDemo(db));
  db.$client.close();
}
