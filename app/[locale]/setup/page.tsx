import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hasAccounts } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

export default async function SetupPage() {
  const t = await getTranslations("auth.setup");
  const hasUsers = await hasAccounts(appContext());
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {hasUsers ? (
        <p>{t("done")}</p>
      ) : (
        <ClientMessages namespaces={["auth.setup"]}>
          <SetupForm />
        </ClientMessages>
      )}
    </div>
  );
}
