import { getLocale, getTranslations } from "next-intl/server";
import type { Locale, Period } from "@/lib/domain";
import type { ComparisonLine } from "@/lib/spreadsheet/comparison-rows";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { PrintFigureCells, PrintHead } from "./print-figure-cells";

/** One indicator group across the subordinate units: a block per indicator, a line per unit. */
export async function PrintComparisonTable({ lines, period }: { lines: ComparisonLine[]; period: Period }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  return (
    <table data-testid="print-comparison">
      <PrintHead leading={["number", "unit"]} />
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
              <PrintFigureCells line={line} period={period} />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
