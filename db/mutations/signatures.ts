import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { documentSignatures } from "../schema";
import { writeAudit } from "./audit";

export interface SignatureInput {
  documentNumber: string;
  recipients: string;
  authority: string;
  deputy: string;
  signerTitle: string;
  signerName: string;
  preparer: string;
}

/** Keeps the unit's document fields, with the audit row, in one transaction. */
export function saveDocumentSignature(db: Db, { unitId, userId, fields, at = new Date() }: { unitId: number; userId: number; fields: SignatureInput; at?: Date }): void {
  db.transaction(
    (t) => {
      const tx = t as unknown as Db;
      const before = tx.select().from(documentSignatures).where(eq(documentSignatures.unitId, unitId)).get() ?? null;
      tx.insert(documentSignatures)
        .values({ unitId, ...fields, updatedAt: at, updatedBy: userId })
        .onConflictDoUpdate({ target: documentSignatures.unitId, set: { ...fields, updatedAt: at, updatedBy: userId } })
        .run();
      writeAudit(tx, {
        userId,
        action: before ? "document.update" : "document.create",
        entity: "document",
        entityId: unitId,
        unitId,
        before: before ? pick(before) : null,
        after: fields,
        at,
      });
    },
    { behavior: "immediate" },
  );
}

function pick(row: typeof documentSignatures.$inferSelect): SignatureInput {
  const { documentNumber, recipients, authority, deputy, signerTitle, signerName, preparer } = row;
  return { documentNumber, recipients, authority, deputy, signerTitle, signerName, preparer };
}
