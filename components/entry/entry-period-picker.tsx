import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import { YEAR_MAX, YEAR_MIN } from "@/lib/year";

/** A plain GET form: the year and period live in the URL. */
export async function EntryPeriodPicker({ year, period }: { year: number; period: Period }) {
  const t = await getTranslations("entry.picker");
  const tPeriod = await getTranslations("common.period");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col">
        {t("year")}
        <input name="year" type="number" min={YEAR_MIN} max={YEAR_MAX} defaultValue={year} className="w-24 rounded border border-slate-400 px-2 py-1" />
      </label>
      <label className="flex flex-col">
        {t("period")}
        <select name="period" defaultValue={period} className="rounded border border-slate-400 px-2 py-1">
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tPeriod(p)}
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
