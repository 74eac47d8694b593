"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withUser } from "@/app/_actions/with-user";
import { importRegistry, type ImportCount } from "@/db/registry/import";
import { appContext } from "@/server/views/context";

export type RegistryImportState =
  | { status: "idle" }
  | {
      status: "done";
      milliseconds: number;
      /** What the run added and what it found already there, by kind of record. */
      counts: Record<"provinces" | "communes" | "predecessors" | "lineage", ImportCount>;
      /** Mapping rows of the package that cannot be keyed by official code, so are not lineage. */
      skipped: { mappings: number; noOldCode: number; noPredecessor: number };
    };

/**
 * Imports the registry (idempotent) as the signed-in administrator, who is named in the audit trail.
 * A public endpoint: the wrapper refuses everyone but admins.
 */
export const runRegistryImport = withUser(z.object({}), { admin: true }, async (_input, { user }): Promise<RegistryImportState> => {
  const r = importRegistry(appContext().db, { actor: { via: "page", userId: user.id } });
  revalidatePath("/admin/registry");
  return {
    status: "done",
    milliseconds: r.milliseconds,
    counts: { provinces: r.provinces, communes: r.communes, predecessors: r.predecessors, lineage: r.lineage },
    skipped: {
      mappings: r.lineage.inserted + r.lineage.existing + Object.values(r.skipped).reduce((a, b) => a + b, 0),
      noOldCode: r.skipped.noOldCode,
      noPredecessor: r.skipped.noPredecessor,
    },
  };
});
