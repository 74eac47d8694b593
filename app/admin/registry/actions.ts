"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { withUser } from "@/app/_actions/with-user";
import { getDb } from "@/db/client";
import { importRegistry } from "@/db/registry/import";
import { formatNumber } from "@/lib/numbers";

export type RegistryImportState = { status: "idle" } | { status: "done"; message: string };

/** Imports the registry (idempotent). A public endpoint: the wrapper refuses everyone but admins. */
export const runRegistryImport = withUser(z.object({}), { admin: true }, async (): Promise<RegistryImportState> => {
  const t = await getTranslations("registry.admin");
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
});
