import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { actuals, unitLineage, units } from "../schema";
import { createTempDatabase } from "./temp-database";
import { lastUnitId, prepareReformDemo, removeUnitsAfter } from "./prepare-reform-demo";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

describe("the end-to-end reform fixture", () => {
  it("is added once and removed without a trace", () => {
    const n = () => [units, unitLineage, actuals].map((t) => db.select({ n: count() }).from(t).get()!.n);
    const before = n();
    const last = lastUnitId(db);
    const first = prepareReformDemo(db);
    expect(prepareReformDemo(db)).toEqual(first);
    expect(n()[0]).toBe(before[0]! + 30 + 3313 + 10007);
    removeUnitsAfter(db, last);
    expect(n()).toEqual(before);
  }, 30_000); // two imports of the national registry
});
