import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { buttonClass } from "@/components/ui/button";

/** From the on-screen report to its printable page, its downloads and the entry template. */
export async function PrintLinks({
  unitId,
  year,
  period,
  plan,
  hasChildren,
}: {
  unitId: number;
  year: number;
  period: Period;
  plan: PlanChoice;
  hasChildren: boolean;
}) {
  const t = await getTranslations("print.toolbar");
  const ts = await getTranslations("spreadsheet");
  const td = await getTranslations("print.document.docx");
  const query = new URLSearchParams({ year: String(year), period, plan }).toString();
  const link = buttonClass({ variant: "neutral", size: "toolbar" });
  return (
    <nav aria-label={t("label")} className="no-print flex flex-wrap gap-2">
      <Link href={`/units/${unitId}/report/print?${query}`} className={link}>
        {t("print")}
      </Link>
      <a href={`/units/${unitId}/report/export?${query}&format=xlsx`} className={link} download>
        {t("xlsx")}
      </a>
      <a href={`/units/${unitId}/report/export?${query}&format=csv`} className={link} download>
        {t("csv")}
      </a>
      <a href={`/units/${unitId}/report/export?${query}&format=docx`} className={link} download>
        {td("download")}
      </a>
      <a href={`/units/${unitId}/figures/export?year=${year}&format=xlsx`} className={link} download>
        {t("figures")}
      </a>
      <a href={`/units/${unitId}/figures/export?year=${year}&format=csv`} className={link} download>
        {t("figuresCsv")}
      </a>
      {hasChildren && (
        <Link href={`/units/${unitId}/compare/print?${query}`} className={link}>
          {t("comparison")}
        </Link>
      )}
      <a href={`/units/${unitId}/entry/template?year=${year}&period=${period}&format=xlsx`} className={link} download>
        {ts("template.download")}
      </a>
      <a href={`/units/${unitId}/entry/plan-template?year=${year}&format=xlsx`} className={link} download>
        {ts("planTemplate.download")}
      </a>
      <Link href={`/units/${unitId}/entry/upload?year=${year}&period=${period}`} className={link}>
        {ts("upload.link")}
      </Link>
    </nav>
  );
}
