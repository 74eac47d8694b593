import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { YEAR_MAX, YEAR_MIN } from "@/lib/year";

/** A plain GET form: the year and period live in the URL. */
export async function EntryPeriodPicker({ year, period }: { year: number; period: Period }) {
  const t = await getTranslations("entry.picker");
  const tPeriod = await getTranslations("common.period");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col">
        {t("year")}
        <Input name="year" type="number" min={YEAR_MIN} max={YEAR_MAX} defaultValue={year} className="w-24" />
      </label>
      <label className="flex flex-col">
        {t("period")}
        <Select name="period" defaultValue={period}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tPeriod(p)}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary" size="sm">
        {t("show")}
      </Button>
    </form>
  );
}
