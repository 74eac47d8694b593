import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common.error");
  return (
    <div className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="text-red-800 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
