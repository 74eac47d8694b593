import { getLocale, getTranslations } from "next-intl/server";
import { getIndicators, getReportedPeriods, getUnitPlans, getUnitsFigures, withDependencies, type CompareScope } from "@/db/queries/compare";
import { compareRows, compareTotal } from "@/lib/compare";
import { encodeRows, type WireCell } from "@/lib/compare-wire";
import type { Locale } from "@/lib/domain";
import { latestReportedPeriod } from "@/lib/report";
import { viewQuery, type CompareParams } from "@/lib/view-params";
import { CompareControls } from "./compare-controls";
import { CompareTable } from "./compare-table";

/** How many indicators a comparison shows when the link names none. */
const DEFAULT_COLUMNS = 5;

/**
 * The comparison of a set of units (a unit's children, or every commune of the country) on the
 * chosen indicators, with the rolled-up total pinned on top. Data: three queries for the units'
 * figures and one for the parent's plans, whatever the number of rows.
 */
export async function ComparisonView({
  scope,
  parent,
  years,
  query,
  csvStem,
}: {
  scope: CompareScope;
  /** The unit whose children are compared; null for the whole country. */
  parent: { id: number; name: string } | null;
  years: number[];
  query: CompareParams;
  csvStem: string;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("compare");
  const tPeriod = await getTranslations("common.period");
  const year = query.year ?? years[0]!;
  const planChoice = query.plan ?? "council";
  const show = query.show ?? "percent";
  const all = await getIndicators();

  let columns = (query.indicators ?? []).map((code) => all.find((i) => i.code === code)).filter((i) => i !== undefined);
  let parentPlans = parent ? await getUnitPlans({ unitId: parent.id, year }) : [];
  if (columns.length === 0) {
    // By default the indicators the parent has plans for, else the first ones.
    const planned = new Set(parentPlans.map((p) => p.indicatorId));
    const withPlans = all.filter((i) => planned.has(i.id));
    columns = (withPlans.length > 0 ? withPlans : all).slice(0, DEFAULT_COLUMNS);
  }
  const needed = withDependencies(all, columns);
  const neededIds = new Set(needed.map((i) => i.id));
  parentPlans = parentPlans.filter((p) => neededIds.has(p.indicatorId));
  const period =
    query.period ??
    latestReportedPeriod(await getReportedPeriods({ scope: parent ? { unitId: parent.id } : { level: 1 }, year }), year) ??
    "FY";
  const { units, figuresByUnit } = await getUnitsFigures({ scope, year, period, indicatorIds: needed.map((i) => i.id) });

  const input = { columns, indicators: needed, children: units, figuresByUnit, parentPlans, year, period, planChoice };
  const codes = columns.map((c) => c.code);
  const rows = encodeRows(compareRows(input), codes);
  const total = compareTotal(input);
  const name = (i: (typeof all)[number]) => (locale === "vi" ? i.nameVi : i.nameEn);
  const caption = t("caption", { unit: parent?.name ?? t("country"), period: tPeriod(period), year });

  return (
    <div className="space-y-4">
      <CompareControls
        years={years.includes(year) ? years : [year, ...years]}
        year={year}
        period={period}
        plan={planChoice}
        show={show}
        indicators={all.map((i) => ({ code: i.code, name: name(i) }))}
        chosen={columns.map((c) => c.code)}
        keep={{ sort: query.sort, status: query.status, type: query.type, q: query.q, scope: query.scope }}
      />
      <CompareTable
        columns={columns.map((c) => ({ code: c.code, name: name(c), measure: locale === "vi" ? c.measureVi : c.measureEn, decimals: c.decimals }))}
        rows={rows}
        total={{ name: parent ? t("total", { unit: parent.name }) : t("countryTotal"), cells: encodeRows([{ unit: { id: 0, code: "", name: "", type: "province" }, cells: total.cells }], codes)[0]!.slice(4) as WireCell[], coverage: total.coverage }}
        show={show}
        initial={{ sort: query.sort, status: query.status, type: query.type, q: query.q }}
        linkQuery={viewQuery({ year, period, plan: planChoice })}
        csvName={`${csvStem}-${year}-${period}.csv`}
        caption={caption}
      />
    </div>
  );
}
