import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistryImportForm } from "@/components/registry/registry-import-form";
import { formatNumber } from "@/lib/numbers";
import { isAdmin } from "@/lib/auth/scope";
import { requireUser } from "@/lib/auth/session";
import { runRegistryImport } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { registryView } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.admin");
  return { title: t("title"), robots: { index: false } };
}

/** Administrators only, like the other admin pages (the import action checks again itself). */
export default async function RegistryAdminPage() {
  await connection();
  const user = await requireUser("/admin/registry");
  if (!isAdmin(user)) forbidden();
  const [status, t, locale] = await Promise.all([registryView(appContext()), getTranslations("registry.admin"), getLocale()]);
  const n = (v: number) => formatNumber(v, 0, locale === "en" ? "en" : "vi");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <p data-testid="registry-status">
        {t("current", { provinces: n(status.provinces), communes: n(status.communes), lineage: n(status.lineage) })}
      </p>
      <ClientMessages namespaces={["registry.admin"]}>
        <RegistryImportForm action={runRegistryImport} />
      </ClientMessages>
    </div>
  );
}
