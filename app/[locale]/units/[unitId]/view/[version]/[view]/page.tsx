import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChildUnits, ChildUnitsSkeleton } from "@/components/dashboard/child-units";
import { IndicatorProgress } from "@/components/dashboard/indicator-progress";
import { SummaryLine } from "@/components/dashboard/summary-line";
import { ReportFilters } from "@/components/report/report-filters";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { UnitNav } from "@/components/units/unit-nav";
import { getChildrenFigures } from "@/db/queries/dashboard";
import { getIndicators, getReportedPeriods } from "@/db/queries/compare";
import { getLatestPlanYear, getReportYears, getUnitReportData } from "@/db/queries/report";
import { getChildUnits, getUnitAncestors } from "@/db/queries/units";
import { cachedView, getDataVersion } from "@/db/view-cache";
import { buildDashboard, digestChildren, headlineStatus } from "@/lib/dashboard";
import type { Locale, Period } from "@/lib/domain";
import { buildUnitReport, latestReportedPeriod, summarizeStatuses, type IndicatorDef, type PlanChoice } from "@/lib/report";
import { authSecret } from "@/lib/env";
import { isKeptVersionSegment } from "@/lib/kept-view";
import { parseDashboardViewSegment, viewQuery } from "@/lib/view-params";
import { findUnit, requireUnit } from "../../../unit-from-route";

// The unit dashboard, at /units/38?year=2025&period=H1. The proxy serves it here, with the version of
// the data and the view in the path, so that it is rendered once per view and data version and then
// kept (the figures are never older than the last write). It therefore reads no cookie, header or query.
// Only the current data version, signed by the proxy, is rendered: a path naming any other (a future
// one asked for in advance would be kept and shown instead of the figures saved later) is not found.
type Props = { params: Promise<{ locale: Locale; unitId: string; version: string; view: string }> };

export const revalidate = false;

/** None at build time: each view is rendered on its first request. */
export function generateStaticParams(): Awaited<Props["params"]>[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, unitId } = await params;
  setRequestLocale(locale);
  const unit = await findUnit(unitId);
  const t = await getTranslations("dashboard");
  return { title: unit ? `${unit.name} · ${t("title")}` : t("title") };
}

export default async function UnitDashboardPage({ params }: Props) {
  const { locale, unitId, version, view: segment } = await params;
  setRequestLocale(locale);
  if (!isKeptVersionSegment(version, getDataVersion(), authSecret())) notFound();
  const query = parseDashboardViewSegment(segment);
  if (!query) notFound();
  const unit = await requireUnit(unitId);

  const [years, ancestors, children] = await Promise.all([
    getReportYears({ unitId: unit.id }),
    getUnitAncestors({ unit }),
    getChildUnits({ unitId: unit.id }),
  ]);
  const t = await getTranslations("dashboard");
  const tPeriod = await getTranslations("common.period");
  // A unit with no figures of its own has no year to show, whatever year the link came with.
  const year = years.length > 0 ? (query.year ?? years[0]) : undefined;
  const nav = (view: { year?: number; period?: Period; plan?: PlanChoice }) => (
    <UnitNav unitId={unit.id} current="dashboard" hasChildren={children.length > 0} view={view} />
  );

  if (year === undefined) {
    // A unit without targets of its own (a province whose towns report): its children, for the latest year with plans.
    const childYear = children.length > 0 ? await getLatestPlanYear() : null;
    const childPeriod =
      childYear === null
        ? "FY"
        : (latestReportedPeriod(await getReportedPeriods({ scope: { level: children[0]!.level }, year: childYear }), childYear) ?? "FY");
    return (
      <div className="space-y-4">
        <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="" />
        {nav({})}
        <h1 className="text-2xl font-semibold">{unit.name}</h1>
        <p>{t("noYears")}</p>
        {children.length > 0 && (
          <section aria-labelledby="children-heading" className="space-y-2">
            <h2 id="children-heading" className="text-lg font-semibold">
              {childYear === null
                ? t("children.heading", { count: children.length })
                : t("children.headingFor", { count: children.length, period: tPeriod(childPeriod), year: childYear })}
            </h2>
            <Suspense fallback={<ChildUnitsSkeleton />}>
              <ChildrenPanel unitId={unit.id} year={childYear} period={childPeriod} planChoice="council" indicators={childYear === null ? [] : await getIndicators()} />
            </Suspense>
          </section>
        )}
      </div>
    );
  }
  const planChoice = query.plan ?? "council";
  const { period, groups, dashboard, summary, indicators } = await dashboardView({ unitId: unit.id, year, period: query.period, planChoice });
  const view = { year, period, plan: planChoice };
  const q = viewQuery(view);

  return (
    <div className="space-y-6">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="" query={q} />
      {nav(view)}
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, period: tPeriod(period), year })}</h1>
      <ReportFilters years={years} year={year} period={period} plan={planChoice} />
      {groups.length > 0 ? (
        <>
          <SummaryLine summary={summary} />
          <Legend />
          <IndicatorProgress groups={dashboard} chartHref={(code) => `/units/${unit.id}/charts/${code}${q}`} />
        </>
      ) : (
        <p>{t("empty", { year })}</p>
      )}
      {children.length > 0 && (
        <section aria-labelledby="children-heading" className="space-y-2">
          <h2 id="children-heading" className="text-lg font-semibold">
            {t("children.heading", { count: children.length })}
          </h2>
          <Suspense fallback={<ChildUnitsSkeleton />}>
            <ChildrenPanel unitId={unit.id} year={year} period={period} planChoice={planChoice} indicators={indicators} />
          </Suspense>
        </section>
      )}
    </div>
  );
}

/** The unit's indicators judged for the view; kept until the figures change. */
function dashboardView({ unitId, year, period, planChoice }: { unitId: number; year: number; period?: Period; planChoice: PlanChoice }) {
  return cachedView(["dashboard", unitId, year, period, planChoice], async () => {
    const data = await getUnitReportData({ unitId, year });
    const shownPeriod = period ?? latestReportedPeriod(data.actuals, year) ?? "FY";
    const groups = buildUnitReport({ ...data, year, period: shownPeriod, planChoice });
    return { period: shownPeriod, groups, dashboard: buildDashboard(groups, planChoice), summary: summarizeStatuses(groups), indicators: data.indicators };
  });
}

/** Headline status of every child (their figures in three queries, judged as their own reports would), digested for the panel. */
async function ChildrenPanel({
  unitId,
  year,
  period,
  planChoice,
  indicators,
}: {
  unitId: number;
  year: number | null;
  period: Period;
  planChoice: PlanChoice;
  indicators: IndicatorDef[];
}) {
  const digest = await cachedView(["children", unitId, year, period, planChoice], async () => {
    const children = await getChildrenFigures({ unitId, year: year ?? 0, period });
    const headlines = children.units.map((u) => {
      const figures = children.figuresByUnit.get(u.id)!;
      const summary = summarizeStatuses(year === null ? [] : buildUnitReport({ indicators, ...figures, year, period, planChoice }));
      return { ...u, summary, headline: headlineStatus(summary) };
    });
    return digestChildren(headlines);
  });
  const query = viewQuery({ year: year ?? undefined, period, plan: planChoice });
  return <ChildUnits digest={digest} query={query} compareHref={`/units/${unitId}/compare${query}`} />;
}

async function Legend() {
  const t = await getTranslations("dashboard.legend");
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-slate-900" /> {t("plan")}
      </span>
      <span className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-3 w-0 border-l-2 border-dashed border-slate-900" /> {t("expected")}
      </span>
      <span>{t("bar")}</span>
    </p>
  );
}
