import { getTranslations } from "next-intl/server";
import { PLAN_VERSIONS, type PlanVersion } from "@/lib/domain";
import { YearPicker } from "@/components/forms/year-picker";

/** A plain GET form: the year and plan version live in the URL. */
export async function PlanVersionPicker({ year, version }: { year: number; version: PlanVersion }) {
  const t = await getTranslations("plans.picker");
  const tVersion = await getTranslations("common.planVersion");
  return (
    <YearPicker
      year={year}
      choice={{ name: "version", value: version, options: PLAN_VERSIONS.map((v) => ({ value: v, label: tVersion(v) })) }}
      labels={{ year: t("year"), choice: t("version"), show: t("show") }}
    />
  );
}
