import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a signed-in official sees on a page outside their rights: no form, no data. */
export async function Forbidden() {
  const t = await getTranslations("auth.forbidden");
  return (
    <div className="space-y-3" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link href="/" className="text-red-800 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
