import { getLocale, getTranslations } from "next-intl/server";
import { toDocumentDate } from "@/lib/document-date";
import type { Locale } from "@/lib/domain";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { formatPlan } from "@/lib/plan-format";
import type { PlanFormRow } from "@/lib/plans";
import { cardClass } from "@/components/ui/card";
import { Table, TableCard, TableHead, Td, Th } from "@/components/ui/table";

/**
 * A plan version the user may read but not set (a unit's KH cấp trên giao, for its own editors):
 * the figures and their decisions as text, with who sets them. No form, so nothing to submit.
 */
export async function PlanReadOnly({ unitName, rows }: { unitName: string; rows: PlanFormRow[] }) {
  const t = await getTranslations("plans");
  const tReport = await getTranslations("report");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-4" data-testid="plan-read-only">
      <p className={cardClass({ className: "border-l-4 border-amber-500 text-sm" })} data-testid="plan-read-only-note">
        {t("readOnly.higherLevelPlan", { unit: unitName })}
      </p>
      <TableCard>
        <Table>
          <TableHead>
            <tr>
              <Th>{t("columns.indicator")}</Th>
              <Th>{t("columns.measure")}</Th>
              <Th>{t("columns.value")}</Th>
              <Th>{t("document.legend")}</Th>
            </tr>
          </TableHead>
          <tbody>
            {rows.map(({ indicator, current }) => {
              const date = toDocumentDate(current?.documentDate ?? null);
              const document = current?.documentNumber
                ? date
                  ? tReport("planDocumentDated", { document: current.documentNumber, date })
                  : tReport("planDocument", { document: current.documentNumber })
                : "";
              return (
                <tr key={indicator.id} data-indicator={indicator.code}>
                  <Th scope="row" className="font-normal">{indicatorName(indicator, locale)}</Th>
                  <Td>{measureName(indicator, locale)}</Td>
                  <Td className="text-right tabular-nums" data-testid="plan-value">
                    {current ? formatPlan(current, indicator.decimals, locale) : t("readOnly.none")}
                  </Td>
                  <Td>{document}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </TableCard>
    </div>
  );
}
