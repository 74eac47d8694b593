import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { units } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { getSubtreeUnitCodes, getUnitChain } from "./scope";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const unitOf = (code: string) => db.select().from(units).where(and(eq(units.code, code), isNull(units.validTo))).all()[0] ?? db.select().from(units).where(eq(units.code, code)).all()[0]!;

describe("an editor's scope", () => {
  it("is the unit and every unit below it, at any depth", async () => {
    const town = unitOf("381");
    const codes = await getSubtreeUnitCodes(db, { rootUnitId: town.id });
    const children = db.select({ code: units.code }).from(units).where(eq(units.parentId, town.id)).all().map((u) => u.code);
    expect(children.length).toBe(7);
    expect(codes.sort()).toEqual(["381", ...children].sort());
    // From the province down, the town's wards are there too, below the town.
    const province = (await getUnitChain(db, { unitId: town.id }))!.at(-1)!;
    const fromProvince = await getSubtreeUnitCodes(db, { rootUnitId: province });
    expect(fromProvince).toEqual(expect.arrayContaining(["381", ...children]));
  });

  it("is the unit alone below a ward, and nothing for a unit that does not exist", async () => {
    const ward = db.select().from(units).where(eq(units.parentId, unitOf("381").id)).all()[0]!;
    expect(await getSubtreeUnitCodes(db, { rootUnitId: ward.id })).toEqual([ward.code]);
    expect(await getSubtreeUnitCodes(db, { rootUnitId: 999_999 })).toEqual([]);
    expect(await getUnitChain(db, { unitId: 999_999 })).toBeNull();
  });
});
