import "./globals.css";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { beVietnamPro } from "./fonts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} className={beVietnamPro.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Client components get their messages where they are used; the error page needs its own here. */}
        <ClientMessages namespaces={["common.error"]}>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
