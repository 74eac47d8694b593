import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";

/** A GET form: the chosen year, period and plan stay in the URL, so a link shows the same view. */
export async function ReportFilters({
  years,
  year,
  period,
  plan,
}: {
  years: number[];
  year: number;
  period: Period;
  plan: PlanChoice;
}) {
  const t = await getTranslations("report.filters");
  const tPeriod = await getTranslations("common.period");
  const select = "mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-base";
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm">
      <fieldset className="contents">
        <legend className="sr-only">{t("legend")}</legend>
        <label className="flex flex-col text-sm">
          {t("year")}
          <select name="year" defaultValue={year} className={select}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t("period")}
          <select name="period" defaultValue={period} className={select}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {tPeriod(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t("plan")}
          <select name="plan" defaultValue={plan} className={select}>
            <option value="council">{t("planCouncil")}</option>
            <option value="higher_level">{t("planHigher")}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
          {t("submit")}
        </button>
      </fieldset>
    </form>
  );
}
