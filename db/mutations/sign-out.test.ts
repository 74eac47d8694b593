import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client";
import { getActiveUser } from "../queries/users";
import { users } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { endSessions, endSessionsOnSignOut } from "./users";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

const generationOf = async (userId: number) => (await getActiveUser(db, { userId }))?.sessionGeneration;

describe("signing out", () => {
  it("ends every session of the account for a token of the current sessions", async () => {
    const { id: userId } = db.select({ id: users.id }).from(users).where(eq(users.disabled, false)).get()!;
    const before = (await generationOf(userId))!;
    expect(await endSessionsOnSignOut(db, { userId, generation: before })).toBe(true);
    expect(await generationOf(userId)).toBe(before + 1);
  });

  it("leaves the current session working when a stale (copied) token signs out", async () => {
    const { id: userId } = db.select({ id: users.id }).from(users).where(eq(users.disabled, false)).get()!;
    const stolen = (await generationOf(userId))!;
    // The official signs out everywhere, then signs in again: her new session has the new generation.
    await endSessions(db, { userId });
    const fresh = (await generationOf(userId))!;
    expect(fresh).not.toBe(stolen);
    // Whoever copied the old cookie posts sign-out again and again: her fresh session stays.
    for (let i = 0; i < 3; i++) expect(await endSessionsOnSignOut(db, { userId, generation: stolen })).toBe(false);
    expect(await endSessionsOnSignOut(db, { userId, generation: null })).toBe(false);
    expect(await generationOf(userId)).toBe(fresh);
  });

  it("raises the generation once when the same token signs out twice at once", async () => {
    const { id: userId } = db.select({ id: users.id }).from(users).where(eq(users.disabled, false)).get()!;
    const current = (await generationOf(userId))!;
    const results = await Promise.all([endSessionsOnSignOut(db, { userId, generation: current }), endSessionsOnSignOut(db, { userId, generation: current })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await generationOf(userId)).toBe(current + 1);
  });
});
