import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserMenu } from "@/components/auth/user-menu";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="no-print bg-red-800 text-white">
      <nav aria-label={t("nav.mainNavigation")} className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold">
          {t("appName")}
          <span className="ml-2 hidden text-sm font-normal text-red-100 sm:inline">{t("tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <ClientMessages namespaces={["auth.menu", "auth.role", "auth.signIn.link", "auth.signOut"]}>
            <UserMenu />
          </ClientMessages>
          <LocaleSwitcher />
        </div>
      </nav>
    </header>
  );
}
