import { getLocale, getTranslations } from "next-intl/server";
import type { Direction, Locale } from "@/lib/domain";
import type { AllocationRow } from "@/lib/allocation";
import { formatNumber } from "@/lib/numbers";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";

interface Props {
  unitName: string;
  childUnits: { id: number; code: string; name: string }[];
  indicators: { id: number; code: string; nameVi: string; nameEn: string; measureVi: string; measureEn: string; decimals: number; direction: Direction }[];
  rows: AllocationRow[];
}

/** A gap is a shortfall when the wards were assigned less than the town's own target, or more for a ceiling. */
function isShortfall(gap: number | null, direction: Direction): boolean {
  if (gap === null || gap === 0) return false;
  return direction === "lower" ? gap > 0 : direction === "higher" ? gap < 0 : false;
}

/** The town's target, its wards' targets, their combination by the indicator's rule and the gap. */
export async function AllocationTable({ unitName, childUnits, indicators, rows }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("allocation");
  const th = thClass({ className: "align-bottom" });
  const td = tdClass({ className: "text-right whitespace-nowrap" });
  const n = (v: number | null | undefined, d: number) => (v === null || v === undefined ? "—" : formatNumber(v, d, locale));
  return (
    <TableCard>
      <Table data-testid="allocation">
        <caption className="sr-only">{t("caption", { unit: unitName })}</caption>
        <TableHead>
          <tr>
            <th scope="col" className={th}>{t("columns.indicator")}</th>
            <th scope="col" className={th}>{t("columns.parent", { unit: unitName })}</th>
            <th scope="col" className={th}>{t("columns.combined")}</th>
            <th scope="col" className={th}>{t("columns.gap")}</th>
            {childUnits.map((c) => (
              <th key={c.id} scope="col" className={th}>
                {c.name}
              </th>
            ))}
          </tr>
        </TableHead>
        <tbody>
          {rows.map((row) => {
            const indicator = indicators.find((i) => i.id === row.indicatorId)!;
            const d = indicator.decimals;
            return (
              <tr key={row.indicatorId} data-indicator={indicator.code}>
                <th scope="row" className={tdClass({ className: "text-left font-normal" })}>
                  {indicatorName(indicator, locale)}{" "}
                  <span className="text-slate-500">({measureName(indicator, locale)})</span>
                </th>
                <td className={td}>{n(row.parent, d)}</td>
                <td className={td}>
                  {row.combined === null ? (
                    <span className="text-slate-500">{t("notCombinable")}</span>
                  ) : (
                    <>
                      {n(row.combined.value, d)}
                      {!row.combined.complete && (
                        <span className="block text-xs text-slate-500">
                          {t("partial", { reported: row.combined.reported, expected: row.combined.expected })}
                        </span>
                      )}
                    </>
                  )}
                </td>
                <td className={`${td} ${isShortfall(row.gap, indicator.direction) ? "font-semibold text-red-800" : ""}`} data-testid="gap">
                  {row.gap === null ? "—" : `${row.gap > 0 ? "+" : ""}${n(row.gap, d)}`}
                </td>
                {row.children.map((v, i) => (
                  <td key={childUnits[i]!.id} className={td}>
                    {n(v, d)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableCard>
  );
}
