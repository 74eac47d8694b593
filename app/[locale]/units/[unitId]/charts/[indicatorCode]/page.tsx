import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChartTable } from "@/components/charts/chart-table";
import { ReportFilters } from "@/components/report/report-filters";
import { ProgressChart } from "@/components/charts/progress-chart";
import { StaticProgressChart } from "@/components/charts/static-progress-chart";
import { StatusBadge } from "@/components/status/status-badge";
import { VerdictLegend } from "@/components/status/verdict-legend";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import type { Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";
import { chartView, findChartIndicator } from "@/server/views/chart";
import { appContext } from "@/server/views/context";
import { viewParamsSchema, viewQuery } from "@/lib/view-params";
import { findUnit } from "../../unit-from-route";
import { ClientMessages } from "@/components/i18n/client-messages";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { cardClass } from "@/components/ui/card";

type Props = {
  params: Promise<{ unitId: string; indicatorCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { unitId: rawId, indicatorCode } = await params;
  const [unit, indicator] = await Promise.all([findUnit(rawId), findChartIndicator(appContext(), indicatorCode)]);
  // One address per chart: the code as the links write it ("GTSX"), not "gtsx" or "%47TSX", and a
  // malformed escape ("%zz") is simply not found.
  return unit && indicator && indicator.code === indicatorCode ? { unit, code: indicator.code } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  const t = await getTranslations("chart");
  const locale = (await getLocale()) as Locale;
  if (!found) return { title: t("title") };
  const indicator = (await findChartIndicator(appContext(), found.code))!;
  return { title: `${found.unit.name} · ${indicatorName(indicator, locale)}` };
}

export default async function UnitChartPage({ params, searchParams }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { unit, code } = found;
  const query = viewParamsSchema.parse(await searchParams);
  // The unit's figures completed across the 2025 reform, judged as its dashboard judges them.
  const view = await chartView(appContext(), { unit, indicatorCode: code, year: query.year, period: query.period, planChoice: query.plan });
  if (!view) notFound();
  const { ancestors, children, years, indicator, year, period, planChoice, series } = view;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("chart");
  const tPeriod = await getTranslations("common.period");
  const name = indicatorName(indicator, locale);
  const measure = measureName(indicator, locale);
  const q = viewQuery({ year, period, plan: planChoice });
  const parent = ancestors.at(-1);

  return (
    <div className="space-y-5">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="" query={q} />
      <p className="text-sm">
        <Link href={`/units/${unit.id}${q}`} className="text-red-800 underline">
          {t("backToDashboard", { unit: unit.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("heading", { indicator: name, unit: unit.name, period: tPeriod(period), year })}</h1>
      <ReportFilters years={years} year={year} period={period} plan={planChoice} />
      <VerdictLegend period={period} />
      <section aria-labelledby="projection-heading" className={cardClass()}>
        <h2 id="projection-heading" className="sr-only">{t("projectionHeading")}</h2>
        {series.evaluation && (
          <p className="mb-1 flex flex-wrap items-center gap-2" data-testid="period-status">
            {t("statusAt", { period: tPeriod(period) })}
            <StatusBadge status={series.evaluation.status} period={period} />
          </p>
        )}
        {series.projection ? (
          <p className="flex flex-wrap items-center gap-2" data-testid="projection">
            {t("projection", { value: formatNumber(series.projection.value, indicator.decimals, locale), measure })}
            <StatusBadge status={series.projection.status} period="FY" />
          </p>
        ) : (
          <p>{series.plan ? t("noProjection") : t("noPlan")}</p>
        )}
        <p className="mt-1 text-sm text-slate-700">{t(series.seasonal ? "paceSeasonal" : "paceStraight")}</p>
      </section>
      <figure className={cardClass()}>
        <ClientMessages namespaces={["chart", "common.period"]}>
          <ProgressChart
            points={series.points}
            decimals={indicator.decimals}
            measure={measure}
            label={t("chartLabel", { indicator: name, unit: unit.name, year })}
          >
            <StaticProgressChart points={series.points} decimals={indicator.decimals} measure={measure} compact={false} />
          </ProgressChart>
        </ClientMessages>
        <figcaption className="mt-3">
          <ChartTable points={series.points} decimals={indicator.decimals} caption={t("tableCaption", { measure })} testId="chart-points" />
        </figcaption>
      </figure>
      <ul className="flex flex-wrap gap-4 text-sm">
        {parent && (
          <li>
            <Link href={`/units/${parent.id}/compare/charts${viewQuery({ year, period, plan: planChoice, indicator: indicator.code })}`} className="text-red-800 underline">
              {t("siblings", { parent: parent.name })}
            </Link>
          </li>
        )}
        {children.length > 0 && (
          <li>
            <Link href={`/units/${unit.id}/compare/charts${viewQuery({ year, period, plan: planChoice, indicator: indicator.code })}`} className="text-red-800 underline">
              {t("children", { count: children.length })}
            </Link>
          </li>
        )}
      </ul>
    </div>
  );
}
