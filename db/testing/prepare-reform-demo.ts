// For end-to-end tests and local trials: imports the registry into DATABASE_PATH (the demo seed
// already holds the figures across the reform). Usage: tsx db/testing/prepare-reform-demo.ts
import { gt, inArray, max, or } from "drizzle-orm";
import { databasePath, openDatabase, type Db } from "../client";
import { migrateDatabase } from "../migrate";
import { importRegistry } from "../registry/import";
import { actualRevisions, actuals, plans, unitLineage, units } from "../schema";
import { reformUnits } from "./reform-fixture";

export function prepareReformDemo(db: Db): { bimSon: number; haVinh: number } {
  importRegistry(db);
  return reformUnits(db);
}

/** The newest unit id: what removeUnitsAfter goes back to. */
export function lastUnitId(db: Db): number {
  return db.select({ id: max(units.id) }).from(units).get()?.id ?? 0;
}

/**
 * Test teardown: removes the units created after `lastId` with their lineage and figures, so that
 * an end-to-end run that imported the registry leaves the shared test database as the seed made it.
 */
export function removeUnitsAfter(db: Db, lastId: number): void {
  db.transaction((tx) => {
    const added = tx.select({ id: actuals.id }).from(actuals).where(gt(actuals.unitId, lastId)).all().map((a) => a.id);
    if (added.length > 0) tx.delete(actualRevisions).where(inArray(actualRevisions.actualId, added)).run();
    tx.delete(actuals).where(gt(actuals.unitId, lastId)).run();
    tx.delete(plans).where(gt(plans.unitId, lastId)).run();
    tx.delete(unitLineage).where(or(gt(unitLineage.toUnitId, lastId), gt(unitLineage.fromUnitId, lastId))).run();
    tx.delete(units).where(gt(units.id, lastId)).run();
  });
}

if (process.argv[1]?.endsWith("prepare-reform-demo.ts")) {
  const db = openDatabase(databasePath());
  migrateDatabase(db);
  console.log(prepareReformDemo(db));
  db.$client.close();
}
