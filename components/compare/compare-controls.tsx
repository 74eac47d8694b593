import { getTranslations } from "next-intl/server";
import { ViewSelects } from "@/components/report/view-selects";
import type { Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import type { CompareShow } from "@/lib/view-params";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

/**
 * A GET form for what needs new figures from the server: year, period, plan version, the
 * indicators shown as columns and whether they show % of plan or values. The table's sort and
 * filters belong to this form too (by its id), so submitting it keeps what the official chose since.
 */
export async function CompareControls({
  years,
  year,
  period,
  plan,
  show,
  indicators,
  chosen,
  id,
  keep,
}: {
  years: number[];
  year: number;
  period: Period;
  plan: PlanChoice;
  show: CompareShow;
  indicators: { code: string; name: string }[];
  chosen: string[];
  id: string;
  keep: Record<string, string | undefined>;
}) {
  const t = await getTranslations("compare.controls");
  const tf = await getTranslations("report.filters");
  return (
    <form id={id} method="get" className={cardClass({ className: "no-print space-y-3" })}>
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      {/* Two columns on a phone: where each control sits does not depend on how wide its text is, so nothing moves when the font swaps in. */}
      <div className="grid grid-cols-2 items-end gap-3 max-sm:[&_label]:min-w-0 max-sm:[&_select]:w-full sm:flex sm:flex-wrap">
        <ViewSelects years={years} year={year} period={period} plan={plan} />
        <label className="flex flex-col text-sm">
          {t("show")}
          <Select name="show" defaultValue={show} size="md" className="mt-1">
            <option value="percent">{t("showPercent")}</option>
            <option value="value">{t("showValue")}</option>
          </Select>
        </label>
        <Button type="submit">
          {tf("submit")}
        </Button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-semibold">{t("columns", { count: chosen.length })}</summary>
        <fieldset className="mt-2">
          <legend className="sr-only">{t("columnsLegend")}</legend>
          <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {indicators.map((i) => (
              <li key={i.code}>
                <label className="flex items-start gap-2 text-sm">
                  <Checkbox name="indicators" value={i.code} defaultChecked={chosen.includes(i.code)} className="mt-1" />
                  {i.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
    </form>
  );
}
