import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { Select } from "@/components/ui/select";

/** The year, period and plan version of a view, as the fields of the GET form around them. */
export async function ViewSelects({ years, year, period, plan }: { years: number[]; year: number; period: Period; plan: PlanChoice }) {
  const t = await getTranslations("report.filters");
  const tPeriod = await getTranslations("common.period");
  return (
    <>
      <label className="flex flex-col text-sm">
        {t("year")}
        <Select name="year" defaultValue={year} size="md" className="mt-1">
          {(years.includes(year) ? years : [year, ...years]).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col text-sm">
        {t("period")}
        <Select name="period" defaultValue={period} size="md" className="mt-1">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tPeriod(p)}
            </option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col text-sm">
        {t("plan")}
        <Select name="plan" defaultValue={plan} size="md" className="mt-1">
          <option value="council">{t("planCouncil")}</option>
          <option value="higher_level">{t("planHigher")}</option>
        </Select>
      </label>
    </>
  );
}
