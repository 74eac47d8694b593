import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { fieldClass } from "@/components/ui/input";

export const SELECT_CLASS = fieldClass({ size: "md", className: "mt-1" });

/** The year, period and plan version of a view, as the fields of the GET form around them. */
export async function ViewSelects({ years, year, period, plan }: { years: number[]; year: number; period: Period; plan: PlanChoice }) {
  const t = await getTranslations("report.filters");
  const tPeriod = await getTranslations("common.period");
  return (
    <>
      <label className="flex flex-col text-sm">
        {t("year")}
        <select name="year" defaultValue={year} className={SELECT_CLASS}>
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t("period")}
        <select name="period" defaultValue={period} className={SELECT_CLASS}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tPeriod(p)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t("plan")}
        <select name="plan" defaultValue={plan} className={SELECT_CLASS}>
          <option value="council">{t("planCouncil")}</option>
          <option value="higher_level">{t("planHigher")}</option>
        </select>
      </label>
    </>
  );
}
