import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hasAccounts } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  const t = await getTranslations("auth.signIn");
  const firstRun = !(await hasAccounts(appContext()));
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {firstRun ? (
        <p>
          {t("noUsers")}{" "}
          <Link href="/setup" className="text-red-800 underline">
            {t("setupLink")}
          </Link>
        </p>
      ) : (
        <ClientMessages namespaces={["auth.signIn"]}>
          <SignInForm callbackUrl={target} initialError={error ?? null} />
        </ClientMessages>
      )}
    </div>
  );
}
