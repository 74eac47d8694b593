import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChildUnits, ChildUnitsSkeleton } from "@/components/dashboard/child-units";
import { IndicatorProgress } from "@/components/dashboard/indicator-progress";
import { SummaryLine } from "@/components/dashboard/summary-line";
import { VerdictLegend } from "@/components/status/verdict-legend";
import { ReportFilters } from "@/components/report/report-filters";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { UnitNav } from "@/components/units/unit-nav";
import type { Locale, Period } from "@/lib/domain";
import type { PlanChoice } from "@/lib/report";
import { appContext, dataVersion } from "@/server/views/context";
import { ReformNote } from "@/components/reform/reform-note";
import { SuccessorNote } from "@/components/reform/successor-note";
import { childrenStatusView, dashboardView } from "@/server/views/dashboard";
import { authSecret } from "@/lib/env";
import { keptViewDecision } from "@/lib/kept-view";
import { viewQuery } from "@/lib/view-params";
import { findUnit, requireUnit } from "../../../unit-from-route";

// The unit dashboard, at /units/38?year=2025&period=H1. The proxy serves it here, with the version of
// the data and the view in the path, so that it is rendered once per view and data version and then
// kept (the figures are never older than the last write). It therefore reads no cookie, header or query.
// Only the current data version, signed by the proxy, is rendered. A path naming any other (a save
// landed after the proxy read the version) sends the visitor back to the public address, which the
// proxy serves at the current version; nothing is rendered or kept for another version.
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
  const decision = keptViewDecision({ unitId, versionSegment: version, viewSegment: segment, currentVersion: dataVersion(appContext()), secret: authSecret() });
  if ("notFound" in decision) notFound();
  if ("redirectTo" in decision) redirect(decision.redirectTo);
  const query = decision.render;
  const ctx = appContext();
  const { unit, ancestors, children, years, successors, judged, childrenView } = await dashboardView(ctx, {
    unit: await requireUnit(unitId),
    year: query.year,
    period: query.period,
    planChoice: query.plan,
  });
  const t = await getTranslations("dashboard");
  const tPeriod = await getTranslations("common.period");
  const nav = (view: { year?: number; period?: Period; plan?: PlanChoice }) => (
    <UnitNav unitId={unit.id} current="dashboard" hasChildren={children.length > 0} view={view} />
  );
  const childrenPanel = (
    <Suspense fallback={<ChildUnitsSkeleton />}>
      <ChildrenPanel unitId={unit.id} {...childrenView} />
    </Suspense>
  );

  if (judged === null) {
    // A unit without targets of its own (a province whose towns report): its children, for the latest year with plans.
    return (
      <div className="space-y-4">
        <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="" />
        {nav({})}
        <SuccessorNote unitName={unit.name} successors={successors} />
        <h1 className="text-2xl font-semibold">{unit.name}</h1>
        <p>{t("noYears")}</p>
        {children.length > 0 && (
          <section aria-labelledby="children-heading" className="space-y-2">
            <h2 id="children-heading" className="text-lg font-semibold">
              {childrenView.year === null
                ? t("children.heading", { count: children.length })
                : t("children.headingFor", { count: children.length, period: tPeriod(childrenView.period), year: childrenView.year })}
            </h2>
            {childrenPanel}
          </section>
        )}
      </div>
    );
  }
  const { year, period, planChoice, groups, dashboard, summary, reform } = judged;
  const view = { year, period, plan: planChoice };
  const q = viewQuery(view);

  return (
    <div className="space-y-6">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="" query={q} />
      {nav(view)}
      <SuccessorNote unitName={unit.name} successors={successors} />
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, period: tPeriod(period), year })}</h1>
      <ReportFilters years={years} year={year} period={period} plan={planChoice} />
      {reform && <ReformNote unitName={unit.name} reform={reform} groups={groups} />}
      {groups.length > 0 ? (
        <>
          <SummaryLine summary={summary} period={period} />
          <Legend />
          <VerdictLegend period={period} />
          <IndicatorProgress groups={dashboard} period={period} chartHref={(code) => `/units/${unit.id}/charts/${code}${q}`} />
        </>
      ) : (
        <p>{t("empty", { year })}</p>
      )}
      {children.length > 0 && (
        <section aria-labelledby="children-heading" className="space-y-2">
          <h2 id="children-heading" className="text-lg font-semibold">
            {t("children.heading", { count: children.length })}
          </h2>
          {childrenPanel}
        </section>
      )}
    </div>
  );
}

/** Headline status of every child, judged as their own dashboards judge them, digested for the panel. */
async function ChildrenPanel({ unitId, year, period, planChoice }: { unitId: number; year: number | null; period: Period; planChoice: PlanChoice }) {
  const digest = await childrenStatusView(appContext(), { unitId, year, period, planChoice });
  const query = viewQuery({ year: year ?? undefined, period, plan: planChoice });
  return <ChildUnits digest={digest} period={period} query={query} compareHref={`/units/${unitId}/compare${query}`} />;
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
