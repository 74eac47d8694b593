import { getTranslations } from "next-intl/server";

/** The heading of an official report: issuing committee and national motto, title, period and date. */
export async function PrintHeader({ unitName, title, subtitle, date }: { unitName: string; title: string; subtitle: string; date: string }) {
  const t = await getTranslations("print");
  const [year, month, day] = date.split("-");
  return (
    <header className="keep-together mb-4 space-y-3">
      <div className="flex justify-between gap-6 text-center">
        <div>
          <p className="font-semibold uppercase">{t("issuer", { unit: unitName })}</p>
        </div>
        <div>
          <p className="font-semibold">{t("nation")}</p>
          <p className="font-semibold underline underline-offset-4">{t("motto")}</p>
          <p className="mt-1 italic" data-testid="print-date">
            {t("dated", { day: day ?? "", month: month ?? "", year: year ?? "" })}
          </p>
        </div>
      </div>
      <div className="text-center">
        <h1 className="text-lg font-bold">{title}</h1>
        <p className="font-semibold">{subtitle}</p>
      </div>
    </header>
  );
}
