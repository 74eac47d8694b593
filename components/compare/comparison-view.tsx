import { getLocale, getTranslations } from "next-intl/server";
import { encodeRows, WIRE_CELLS_FROM, type WireCell } from "@/lib/compare-wire";
import type { Locale } from "@/lib/domain";
import { isRate } from "@/lib/progress";
import { ruleOf } from "@/lib/report";
import { viewQuery, type CompareParams } from "@/lib/view-params";
import { CompareControls } from "./compare-controls";
import { CompareTable } from "./compare-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { downloadName } from "@/lib/spreadsheet/texts";
import type { ComparisonView as ComparisonViewData } from "@/server/views/comparison";
import { indicatorName, measureName } from "@/lib/indicator-names";

/**
 * Draws the comparison of a set of units (a unit's children, or every commune of the country) on
 * the chosen indicators, with the rolled-up total pinned on top, as comparisonView judged them.
 */
const CONTROLS_FORM = "compare-controls";

export async function ComparisonView({
  data,
  parent,
  years,
  year,
  query,
}: {
  data: ComparisonViewData;
  /** The unit whose children are compared; null for the whole country. */
  parent: { id: number; name: string; code: string } | null;
  years: number[];
  year: number;
  query: CompareParams;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("compare");
  const tPeriod = await getTranslations("common.period");
  const show = query.show ?? "percent";
  const { all, columns, period, planChoice, total } = data;
  const codes = columns.map((c) => c.code);
  const rateColumns = new Set(columns.filter((c) => isRate(ruleOf(c))).map((c) => c.code));
  const rows = encodeRows(data.rows, codes, show, rateColumns);
  const name = (i: (typeof all)[number]) => indicatorName(i, locale);
  const caption = t("caption", { unit: parent?.name ?? t("country"), period: tPeriod(period), year });

  return (
    <div className="space-y-4">
      <CompareControls
        years={years}
        year={year}
        period={period}
        plan={planChoice}
        show={show}
        indicators={all.map((i) => ({ code: i.code, name: name(i) }))}
        chosen={columns.map((c) => c.code)}
        id={CONTROLS_FORM}
        keep={{ scope: query.scope, asOf: query.asOf }}
      />
      <ClientMessages namespaces={["compare", "common.figureStatus", "common.verdict", "common.points", "common.unitType"]}>
        <CompareTable
          columns={columns.map((c) => ({ code: c.code, name: name(c), measure: measureName(c, locale), decimals: c.decimals, rate: rateColumns.has(c.code) }))}
          rows={rows}
          total={{ name: parent ? t("total", { unit: parent.name }) : t("countryTotal"), cells: encodeRows([{ unit: { id: 0, code: "", name: "", type: "province" }, cells: total.cells }], codes, show, rateColumns)[0]!.slice(WIRE_CELLS_FROM) as WireCell[], coverage: total.coverage }}
          show={show}
          period={period}
          initial={{ sort: query.sort, status: query.status, type: query.type, q: query.q, province: query.province }}
          linkQuery={viewQuery({ year, period, plan: planChoice })}
          csvName={`${downloadName("compare", { unit: parent ?? { name: t("country"), code: "" }, year, period })}.csv`}
          caption={caption}
          controlsForm={CONTROLS_FORM}
        />
      </ClientMessages>
    </div>
  );
}
