import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { IndicatorList } from "@/components/indicators/indicator-list";
import { isAdmin } from "@/lib/auth/scope";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { indicatorsView } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("indicators");
  return { title: t("title") };
}

export default async function IndicatorsPage() {
  const user = await requireUser("/admin/indicators");
  if (!isAdmin(user)) forbidden();
  const indicators = await indicatorsView(appContext());
  const t = await getTranslations("indicators");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["indicators"]}>
        <IndicatorForm indicators={indicators.map(({ id, code, nameVi }) => ({ id, code, nameVi }))} />
        <IndicatorList indicators={indicators} />
      </ClientMessages>
    </div>
  );
}
