import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import type { Locale, Period } from "@/lib/domain";
import { formatSigned } from "@/lib/plan-format";
import type { IndicatorDef, PlanChoice, ReportGroup } from "@/lib/report";
import { ActualValue, Percent, PlanValue } from "./figures";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/** The standard report table (biểu): STT | Chỉ tiêu | ĐVT | TH cùng kỳ | KH | TH kỳ | % KH | % cùng kỳ | đánh giá. */
export async function ReportTable({ groups, caption, period, planChoice }: { groups: ReportGroup[]; caption: string; period: Period; planChoice: PlanChoice }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("report");
  const tCommon = await getTranslations("common");
  const tGroup = await getTranslations("common.group");
  const th = thClass({ className: "align-bottom" });
  const td = tdClass({ className: "align-top" });
  const num = `${td} text-right whitespace-nowrap`;
  // STT runs on across groups, as in the printed biểu.
  const firstNumber = groups.map((_, gi) => groups.slice(0, gi).reduce((n, g) => n + g.rows.length, 1));
  return (
    <TableCard>
      <Table data-testid="unit-report">
        <caption className="sr-only">{caption}</caption>
        <TableHead>
          <tr>
            <th scope="col" className={th}>{t("columns.number")}</th>
            <th scope="col" className={`${th} min-w-56`}>{t("columns.indicator")}</th>
            <th scope="col" className={th}>{t("columns.measure")}</th>
            <th scope="col" className={th}>{t("columns.samePeriod")}</th>
            <th scope="col" className={th}>{t("columns.planHigher")}</th>
            <th scope="col" className={th}>{t("columns.planCouncil")}</th>
            <th scope="col" className={th}>{t("columns.actual")}</th>
            <th scope="col" className={th}>{t("columns.percentHigher")}</th>
            <th scope="col" className={th}>{t("columns.percentCouncil")}</th>
            <th scope="col" className={th}>{t("columns.percentSamePeriod")}</th>
            <th scope="col" className={th}>{t("columns.status")}</th>
          </tr>
        </TableHead>
        {groups.map((group, gi) => (
          <tbody key={group.group}>
            <tr className="bg-red-50">
              <th scope="colgroup" colSpan={11} className={`${td} text-left font-semibold`}>
                {t("groupHeading", { number: ROMAN[gi] ?? String(gi + 1), group: tGroup(group.group) })}
              </th>
            </tr>
            {group.rows.map((row, ri) => {
              const number = firstNumber[gi]! + ri;
              const ind = row.indicator;
              // Rates and growth: the gap to the judged plan in percentage points, under its % KH.
              const points = row.evaluation?.pointsFromPlan;
              const pointsNote = (plan: PlanChoice) =>
                points != null && row.judgedAgainst === plan ? (
                  <span className="block text-xs text-slate-700" data-testid="points-gap">
                    {tCommon("points", { value: formatSigned(points, ind.decimals, locale) })}
                  </span>
                ) : null;
              return (
                <tr key={ind.id} data-indicator={ind.code}>
                  <td className={`${td} text-center`}>{number}</td>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {indicatorName(ind, locale)}
                    {row.actual?.derived && (
                      <span className="block text-xs text-slate-500">{t("derivedGrowth", { base: baseName(row.baseIndicator, locale) })}</span>
                    )}
                  </th>
                  <td className={td}>{measureName(ind, locale)}</td>
                  <td className={num}><ActualValue actual={row.samePeriodLastYearFigure} decimals={ind.decimals} brief /></td>
                  <td className={num}><PlanValue plan={row.plans.higher_level} decimals={ind.decimals} /></td>
                  <td className={num}><PlanValue plan={row.plans.council} decimals={ind.decimals} /></td>
                  <td className={`${num} font-semibold`}><ActualValue actual={row.actual} decimals={ind.decimals} /></td>
                  <td className={num}><Percent value={row.percentOfPlan.higher_level} />{pointsNote("higher_level")}</td>
                  <td className={num}><Percent value={row.percentOfPlan.council} />{pointsNote("council")}</td>
                  <td className={num}><Percent value={row.percentOfSamePeriod} /></td>
                  <td className={td}>
                    {row.evaluation ? (
                      <StatusBadge status={row.evaluation.status} period={period} />
                    ) : row.actual === null ? (
                      <StatusBadge status="not_reported" period={period} />
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                    {row.evaluation && row.judgedAgainst !== planChoice && (
                      <span className="mt-1 block text-xs text-slate-600" data-testid="judged-against-other">
                        {t(row.judgedAgainst === "higher_level" ? "judgedAgainstHigher" : "judgedAgainstCouncil")}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </Table>
    </TableCard>
  );
}

function baseName(base: IndicatorDef | null, locale: Locale): string {
  if (!base) return "";
  return indicatorName(base, locale).toLowerCase();
}
