import type { Db } from "@/db/client";
import { createTempDatabase } from "@/db/testing/temp-database";
import { contextFor, type ViewContext } from "../context";

/** A temporary database (see createTempDatabase) and a view context on it that keeps nothing. */
export async function createTempContext(options: { seed?: boolean } = {}): Promise<{ db: Db; ctx: ViewContext; cleanup: () => void }> {
  const { db, cleanup } = await createTempDatabase(options);
  return { db, ctx: contextFor(db), cleanup };
}
