import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import type { ComparisonLine } from "@/lib/spreadsheet/comparison-rows";
import { formatPlan } from "@/lib/plan-format";
import { indicatorName, measureName } from "@/lib/indicator-names";

/** One indicator group across the subordinate units: a block per indicator, a line per unit. */
export async function PrintComparisonTable({ lines }: { lines: ComparisonLine[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  const tStatus = await getTranslations("common.indicatorStatus");
  const num = (v: number | null, d: number) => (v === null ? "" : formatNumber(v, d, locale));
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "" : formatPercent(v, 1, locale));
  const plan = (p: Parameters<typeof formatPlan>[0], d: number) => formatPlan(p, d, locale);
  const cols = ["number", "unit", "samePeriod", "planHigher", "planCouncil", "actual", "percentOfPlanHigher", "percentOfPlanCouncil", "percentOfSamePeriod", "status", "notes"] as const;
  return (
    <table data-testid="print-comparison">
      <thead>
        <tr className="bg-slate-100">
          {cols.map((c) => (
            <th key={c} scope="col" className="text-center font-semibold">
              {t(`columns.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) =>
          line.kind === "indicator" ? (
            <tr key={`i-${line.indicator.id}`} className="group-row" data-indicator={line.indicator.code}>
              <th scope="colgroup" colSpan={11} className="text-left font-semibold">
                {t("comparison.indicatorHeading", {
                  number: line.number,
                  indicator: indicatorName(line.indicator, locale),
                  measure: measureName(line.indicator, locale),
                })}
              </th>
            </tr>
          ) : (
            <tr
              key={line.kind === "unit" ? `${line.indicator.id}-${line.unit.id}` : `${line.indicator.id}-total`}
              data-unit={line.kind === "unit" ? line.unit.code : undefined}
              data-total={line.kind === "total" ? line.indicator.code : undefined}
              className={line.kind === "total" ? "font-semibold" : undefined}
            >
              <td className="text-center">{line.kind === "unit" ? line.number : ""}</td>
              <th scope="row" className={`text-left ${line.kind === "unit" ? "font-normal" : "font-semibold"}`}>
                {line.kind === "unit" ? line.unit.name : t("document.total")}
              </th>
              <td className="text-right whitespace-nowrap">{num(line.samePeriod, line.indicator.decimals)}</td>
              <td className="text-right whitespace-nowrap">{plan(line.planHigher, line.indicator.decimals)}</td>
              <td className="text-right whitespace-nowrap">{plan(line.planCouncil, line.indicator.decimals)}</td>
              <td className="text-right whitespace-nowrap font-semibold">
                {num(line.actual, line.indicator.decimals)}
                {line.actualStatus === "estimate" && <sup> ({t("notes.estimate")})</sup>}
              </td>
              <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanHigher)}</td>
              <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanCouncil)}</td>
              <td className="text-right whitespace-nowrap">{pct(line.percentOfSamePeriod)}</td>
              <td className="text-center" data-status={line.status ?? undefined}>{line.status ? tStatus(line.status) : ""}</td>
              <td className="text-xs">{line.notes.map((n) => t(`notes.${n}`)).join("; ")}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
