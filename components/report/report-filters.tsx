import { getTranslations } from "next-intl/server";
import type { Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { ViewSelects } from "./view-selects";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";

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
  return (
    <form method="get" className={cardClass({ bar: true, className: "no-print" })}>
      <fieldset className="contents">
        <legend className="sr-only">{t("legend")}</legend>
        <ViewSelects years={years} year={year} period={period} plan={plan} />
        <Button type="submit">
          {t("submit")}
        </Button>
      </fieldset>
    </form>
  );
}
