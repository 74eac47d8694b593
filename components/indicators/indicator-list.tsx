import { getLocale, getTranslations } from "next-intl/server";
import type { IndicatorListItem } from "@/db/queries/indicators";
import { indicatorName, measureName } from "@/lib/indicator-names";

export async function IndicatorList({ indicators }: { indicators: IndicatorListItem[] }) {
  const t = await getTranslations("indicators");
  const locale = await getLocale();
  const th = "border border-slate-300 px-2 py-2 text-left font-semibold";
  const td = "border border-slate-300 px-2 py-1.5";
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full border-collapse text-sm" data-testid="indicator-list">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>{t("field.code")}</th>
            <th scope="col" className={th}>{t("list.name")}</th>
            <th scope="col" className={th}>{t("list.measure")}</th>
            <th scope="col" className={th}>{t("field.kind")}</th>
            <th scope="col" className={th}>{t("field.timeBehaviour")}</th>
            <th scope="col" className={th}>{t("field.aggregation")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id} data-indicator={i.code}>
              <td className={`${td} font-mono`}>{i.code}</td>
              <td className={td}>{indicatorName(i, locale)}</td>
              <td className={td}>{measureName(i, locale)}</td>
              <td className={td}>{t(`option.kind.${i.kind}`)}</td>
              <td className={td}>{t(`option.timeBehaviour.${i.timeBehaviour}`)}</td>
              <td className={td}>{t(`option.aggregation.${i.aggregation}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
