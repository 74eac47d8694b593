import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain";
import type { ComparisonLine } from "@/lib/spreadsheet/comparison-rows";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { PrintFigureCells, PrintHead } from "./print-figure-cells";

/** One indicator group across the subordinate units: a block per indicator, a line per unit. */
export async function PrintComparisonTable({ lines }: { lines: ComparisonLine[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  return (
    <table data-testid="print-comparison">
      <PrintHead leading={["number", "unit"]} />
      <tbody>
        {lines.map((line) =>
          line.kind === "indicator" ? (
            <tr key={`i-${line.indicator.id}`} className="group-row" data-indicator={line.indicator.code}>
              <th scope="colgroup" colSpan={9} className="text-left font-semibold">
                {t("comparison.indicatorHeading", {
                  number: line.number,
                  indicator: indicatorName(line.indicator, locale),
                  measure: measureName(line.indicator, locale),
                })}
              </th>
            </tr>
          ) : (
            <tr key={`${line.indicator.id}-${line.unit.id}`} data-unit={line.unit.code}>
              <td className="text-center">{line.number}</td>
              <th scope="row" className="text-left font-normal">
                {line.unit.name}
              </th>
              <PrintFigureCells line={line} />
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
