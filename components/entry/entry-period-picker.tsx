import { getTranslations } from "next-intl/server";
import { PERIODS, type Period } from "@/lib/domain";
import { YearPicker } from "@/components/forms/year-picker";

/** A plain GET form: the year and period live in the URL. */
export async function EntryPeriodPicker({ year, period }: { year: number; period: Period }) {
  const t = await getTranslations("entry.picker");
  const tPeriod = await getTranslations("common.period");
  return (
    <YearPicker
      year={year}
      choice={{ name: "period", value: period, options: PERIODS.map((p) => ({ value: p, label: tPeriod(p) })) }}
      labels={{ year: t("year"), choice: t("period"), show: t("show") }}
    />
  );
}
