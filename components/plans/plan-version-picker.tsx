import { getTranslations } from "next-intl/server";
import { PLAN_VERSIONS, type PlanVersion } from "@/lib/domain";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { YEAR_MAX, YEAR_MIN } from "@/lib/year";

/** A plain GET form: the year and plan version live in the URL. */
export async function PlanVersionPicker({ year, version }: { year: number; version: PlanVersion }) {
  const t = await getTranslations("plans.picker");
  const tVersion = await getTranslations("common.planVersion");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col">
        {t("year")}
        <Input name="year" type="number" min={YEAR_MIN} max={YEAR_MAX} defaultValue={year} className="w-24" />
      </label>
      <label className="flex flex-col">
        {t("version")}
        <Select name="version" defaultValue={version}>
          {PLAN_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {tVersion(v)}
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
