import { getTranslations } from "next-intl/server";
import { PLAN_VERSIONS, type PlanVersion } from "@/lib/domain";
import { YEAR_MAX, YEAR_MIN } from "@/lib/year";

/** A plain GET form: the year and plan version live in the URL. */
export async function PlanVersionPicker({ year, version }: { year: number; version: PlanVersion }) {
  const t = await getTranslations("plans.picker");
  const tVersion = await getTranslations("common.planVersion");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col">
        {t("year")}
        <input name="year" type="number" min={YEAR_MIN} max={YEAR_MAX} defaultValue={year} className="w-24 rounded border border-slate-400 px-2 py-1" />
      </label>
      <label className="flex flex-col">
        {t("version")}
        <select name="version" defaultValue={version} className="rounded border border-slate-400 px-2 py-1">
          {PLAN_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {tVersion(v)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-red-800 px-3 py-1 text-red-800 hover:bg-red-50">
        {t("show")}
      </button>
    </form>
  );
}
