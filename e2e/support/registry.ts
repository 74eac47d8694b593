// For the journeys that need the real unit registry in the server's throwaway database.
import { test } from "@playwright/test";
import { openDatabase } from "../../db/client";
import { lastUnitId, prepareReformDemo, removeUnitsAfter } from "../../db/testing/prepare-reform-demo";
import { E2E_DATABASE } from "./database";

/**
 * Imports the registry and the first figures of the new Phường Bỉm Sơn before the journeys of the
 * calling describe block, and removes them after: other journeys search the seed's units by name,
 * and 13.000 more would make their names ambiguous.
 */
export function withRegistry() {
  let seedLastUnit = 0;
  test.beforeAll(() => {
    const db = openDatabase(E2E_DATABASE);
    seedLastUnit = lastUnitId(db);
    prepareReformDemo(db);
    db.$client.close();
  });
  test.afterAll(() => {
    const db = openDatabase(E2E_DATABASE);
    removeUnitsAfter(db, seedLastUnit);
    db.$client.close();
  });
}
