import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cardClass } from "@/components/ui/card";

export default async function NotFound() {
  const t = await getTranslations("common.error");
  return (
    <div className={cardClass({ padding: "lg", className: "space-y-3" })}>
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <Link href="/" className="text-red-800 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
