import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { documentSignatures } from "../schema";

export type StoredSignature = typeof documentSignatures.$inferSelect;

/** What the unit's office last filled in for its documents, or null before the first time. */
export async function getDocumentSignature(db: Db, { unitId }: { unitId: number }): Promise<StoredSignature | null> {
  return db.select().from(documentSignatures).where(eq(documentSignatures.unitId, unitId)).get() ?? null;
}
