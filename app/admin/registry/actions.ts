"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { importRegistry } from "@/db/registry/import";
import { formatNumber } from "@/lib/numbers";
import { mayImportRegistry } from "./guard";

export type RegistryImportState = { status: "idle" } | { status: "done" | "refused"; message: string };

/** Imports the registry (idempotent); a public endpoint, so it checks the guard itself. */
export async function runRegistryImport(_previous: RegistryImportState): Promise<RegistryImportState> {
  const t = await getTranslations("registry.admin");
  if (!(await mayImportRegistry())) return { status: "refused", message: t("locked") };
  const r = importRegistry(getDb());
  revalidatePath("/admin/registry");
  return {
    status: "done",
    message: t("done", {
      ms: formatNumber(r.milliseconds, 0),
      provinces: formatNumber(r.provinces.inserted, 0),
      communes: formatNumber(r.communes.inserted, 0),
      predecessors: formatNumber(r.predecessors.inserted, 0),
      lineage: formatNumber(r.lineage.inserted, 0),
    }),
  };
}
