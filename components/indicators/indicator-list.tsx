import { getLocale, getTranslations } from "next-intl/server";
import type { IndicatorListItem } from "@/server/views/admin";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { ToleranceForm } from "./tolerance-form";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";

export async function IndicatorList({ indicators }: { indicators: IndicatorListItem[] }) {
  const t = await getTranslations("indicators");
  const locale = await getLocale();
  const th = thClass();
  const td = tdClass();
  return (
    <TableCard>
      <Table data-testid="indicator-list">
        <TableHead>
          <tr>
            <th scope="col" className={th}>{t("field.code")}</th>
            <th scope="col" className={th}>{t("list.name")}</th>
            <th scope="col" className={th}>{t("list.measure")}</th>
            <th scope="col" className={th}>{t("field.kind")}</th>
            <th scope="col" className={th}>{t("field.timeBehaviour")}</th>
            <th scope="col" className={th}>{t("field.aggregation")}</th>
            <th scope="col" className={th}>{t("list.tolerance")}</th>
          </tr>
        </TableHead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id} data-indicator={i.code}>
              <td className={`${td} font-mono`}>{i.code}</td>
              <td className={td}>{indicatorName(i, locale)}</td>
              <td className={td}>{measureName(i, locale)}</td>
              <td className={td}>{t(`option.kind.${i.kind}`)}</td>
              <td className={td}>{t(`option.timeBehaviour.${i.timeBehaviour}`)}</td>
              <td className={td}>{t(`option.aggregation.${i.aggregation}`)}</td>
              <td className={td}>
                <ToleranceForm indicator={i} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableCard>
  );
}
