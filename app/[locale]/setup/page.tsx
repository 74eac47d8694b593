import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { countUsers } from "@/db/queries/users";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("title") };
}

export default async function SetupPage() {
  const t = await getTranslations("auth.setup");
  const hasUsers = (await countUsers()) > 0;
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
