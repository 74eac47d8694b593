"use server";

import { saveDocumentSignature } from "@/db/mutations/signatures";
import { appContext } from "@/server/views/context";
import { recipientLines, signatureFormSchema } from "@/lib/official-document";
import { withUser } from "./with-user";

export type SaveSignatureState = { ok: true };

/** Keeps a unit's document number, recipients, signer and preparer for its printed documents (editors of the unit). */
export const saveSignature = withUser(
  signatureFormSchema,
  { unitId: (input) => input.unitId },
  async ({ unitId, recipients, ...fields }, { user }): Promise<SaveSignatureState> => {
    saveDocumentSignature(appContext().db, { unitId, userId: user.id, fields: { ...fields, recipients: recipientLines(recipients).join("\n") } });
    return { ok: true };
  },
);
