"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
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
  const locale = (await getLocale()) === "en" ? "en" : "vi";
  const n = (v: number) => formatNumber(v, 0, locale);
  revalidatePath("/admin/registry");
  return {
    status: "done",
    message: t("done", {
      ms: n(r.milliseconds),
      provinces: n(r.provinces.inserted),
      communes: n(r.communes.inserted),
      predecessors: n(r.predecessors.inserted),
      lineage: n(r.lineage.inserted),
    }),
  };
}
