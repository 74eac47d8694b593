import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ChartTable } from "@/components/charts/chart-table";
import { ProgressChart } from "@/components/charts/progress-chart";
import { StaticProgressChart } from "@/components/charts/static-progress-chart";
import { StatusBadge } from "@/components/status/status-badge";
import { ViewSelects } from "@/components/report/view-selects";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { UnitNav } from "@/components/units/unit-nav";
import type { Locale } from "@/lib/domain";
import { smallMultiplesView } from "@/server/views/chart";
import { appContext } from "@/server/views/context";
import { viewParamsSchema, viewQuery } from "@/lib/view-params";
import { findUnit, requireUnit } from "../../unit-from-route";
import { ClientMessages } from "@/components/i18n/client-messages";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const paramsSchema = viewParamsSchema.extend({
  indicator: z.string().regex(/^[A-Za-z0-9_]{1,40}$/).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await findUnit((await params).unitId);
  const t = await getTranslations("chart");
  return { title: unit ? `${unit.name} · ${t("multiplesTitle")}` : t("multiplesTitle") };
}

/** Small multiples: one indicator for every child of the unit, on one shared scale. */
export default async function ChildChartsPage({ params, searchParams }: Props) {
  const unit = await requireUnit((await params).unitId);
  const query = paramsSchema.parse(await searchParams);
  // Every child's figures completed across the 2025 reform, each judged as its own dashboard judges it.
  const multiples = await smallMultiplesView(appContext(), { unit, indicatorCode: query.indicator, year: query.year, period: query.period, planChoice: query.plan });
  if (!multiples) notFound();
  const { ancestors, years, indicators, indicator, year, period, planChoice, charts, yMax } = multiples;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("chart");
  const tPeriod = await getTranslations("common.period");
  const name = indicatorName(indicator, locale);
  const measure = measureName(indicator, locale);
  const view = { year, period, plan: planChoice };

  return (
    <div className="space-y-5">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="/compare/charts" query={viewQuery({ ...view, indicator: indicator.code })} />
      <UnitNav unitId={unit.id} current="compare" hasChildren view={view} />
      <h1 className="text-2xl font-semibold">{t("multiplesHeading", { indicator: name, unit: unit.name, period: tPeriod(period), year })}</h1>
      <form method="get" className={cardClass({ bar: true, className: "no-print" })}>
        <label className="flex flex-col text-sm">
          {t("indicator")}
          <Select name="indicator" defaultValue={indicator.code} size="md" className="mt-1">
            {indicators
              .filter((i) => i.kind !== "growth")
              .map((i) => (
                <option key={i.id} value={i.code}>
                  {indicatorName(i, locale)}
                </option>
              ))}
          </Select>
        </label>
        <ViewSelects years={years} year={year} period={period} plan={planChoice} />
        <Button type="submit">
          {t("show")}
        </Button>
      </form>
      <p className="text-sm text-slate-700">{t("sharedScale", { measure })}</p>
      <ClientMessages namespaces={["chart", "common.period"]}>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="small-multiples">
          {charts.map(({ unit: child, series }) => (
            <li key={child.id} className={cardClass()}>
              <h2 className="flex flex-wrap items-center justify-between gap-2 font-semibold">
                <Link href={`/units/${child.id}/charts/${indicator.code}${viewQuery(view)}`} className="text-red-900 underline-offset-2 hover:underline">
                  {child.name}
                </Link>
                {series.evaluation && <StatusBadge status={series.evaluation.status} period={period} />}
              </h2>
              <ProgressChart
                compact
                points={series.points}
                decimals={indicator.decimals}
                measure={measure}
                yMax={yMax}
                label={t("chartLabel", { indicator: name, unit: child.name, year })}
              >
                <StaticProgressChart compact points={series.points} decimals={indicator.decimals} measure={measure} yMax={yMax} />
              </ProgressChart>
              <details className="text-sm">
                <summary className="cursor-pointer text-slate-700">{t("showTable")}</summary>
                <ChartTable points={series.points} decimals={indicator.decimals} caption={t("tableCaption", { measure })} />
              </details>
            </li>
          ))}
        </ul>
      </ClientMessages>
    </div>
  );
}
