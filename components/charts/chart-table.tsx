import { getLocale, getTranslations } from "next-intl/server";
import type { ChartPoint } from "@/lib/chart-series";
import { isProvisional, type Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";

/** The chart's figures as a table: the text alternative, and what an official copies into a report. */
export async function ChartTable({ points, decimals, caption, testId }: { points: ChartPoint[]; decimals: number; caption: string; testId?: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("chart");
  const tPeriod = await getTranslations("common.period");
  const tCommon = await getTranslations("common");
  const fmt = (v: number | null) => (v === null ? "—" : formatNumber(v, decimals, locale));
  const th = "border-b border-slate-300 px-2 py-1 text-left font-semibold";
  const td = "border-b border-slate-200 px-2 py-1 text-right whitespace-nowrap";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="mb-1 text-left text-sm text-slate-700">
          {caption}
          {points.some((p) => p.figureStatus === "estimate" || p.figureStatus === "preliminary") && (
            <span className="block text-xs">{t("provisionalNote")}</span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{t("columns.period")}</th>
            <th scope="col" className={th}>{t("series.actual")}</th>
            <th scope="col" className={th}>{t("series.expected")}</th>
            <th scope="col" className={th}>{t("series.plan")}</th>
            <th scope="col" className={th}>{t("series.lastYear")}</th>
            <th scope="col" className={th}>{t("series.projection")}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.period} data-period={p.period}>
              <th scope="row" className="whitespace-nowrap border-b border-slate-200 px-2 py-1 text-left font-normal">{tPeriod(p.period)}</th>
              <td className={`${td} font-semibold`}>
                {fmt(p.actual)}
                {isProvisional(p.figureStatus) && (
                  <abbr title={tCommon(`figureStatusLong.${p.figureStatus}`)} className="ml-1 rounded bg-slate-200 px-1 text-xs font-normal no-underline">
                    {tCommon(`figureStatus.${p.figureStatus}`)}
                  </abbr>
                )}
              </td>
              <td className={td}>{fmt(p.expected)}</td>
              <td className={td}>{fmt(p.plan)}</td>
              <td className={td}>{fmt(p.lastYear)}</td>
              <td className={td}>{fmt(p.projection)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
