import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportFilters } from "@/components/report/report-filters";
import { ReportNotes } from "@/components/report/report-notes";
import { VerdictLegend } from "@/components/status/verdict-legend";
import { ReportTable } from "@/components/report/report-table";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { UnitNav } from "@/components/units/unit-nav";
import { viewQuery } from "@/lib/view-params";
import { PrintLinks } from "@/components/print/print-links";
import { ReformNote } from "@/components/reform/reform-note";
import { SuccessorNote } from "@/components/reform/successor-note";
import { unitSummary } from "@/server/views/units";
import { appContext } from "@/server/views/context";
import { reportPageView } from "@/server/views/report";
import { UnitWorkLinks } from "@/components/units/unit-work-links";
import { getCurrentUser, mayEditUnit } from "@/lib/auth/session";
import { reportParamsSchema, unitIdSchema } from "@/lib/report-params";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  const unit = unitId.success ? await unitSummary(appContext(), { unitId: unitId.data }) : null;
  const t = await getTranslations("report");
  return { title: unit ? `${unit.name} · ${t("title")}` : t("title") };
}

export default async function UnitReportPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const ctx = appContext();
  const found = await unitSummary(ctx, { unitId: unitId.data });
  if (!found) notFound();

  const query = reportParamsSchema.parse(await searchParams);
  // One assembly for the page, the printable report and the exports; it also fills last year's
  // figures of a unit formed by the 2025 reform from its predecessors.
  const { unit, years, ancestors, children, successors, report } = await reportPageView(ctx, {
    unit: found,
    year: query.year,
    period: query.period,
    planChoice: query.plan,
  });
  const t = await getTranslations("report");
  const tPeriod = await getTranslations("common.period");

  if (report === null) {
    return (
      <div className="space-y-4">
        <UnitHierarchy unit={unit} ancestors={ancestors} units={children} />
        <SuccessorNote unitName={unit.name} successors={successors} />
        <p>{t("noYears")}</p>
      </div>
    );
  }
  const { year, period, planChoice, groups, reform } = report;
  const mayEdit = await mayEditUnit(await getCurrentUser(), unit.id);

  return (
    <div className="space-y-6">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={children} query={viewQuery({ year, period, plan: planChoice })} />
      <UnitNav unitId={unit.id} current="report" hasChildren={children.length > 0} view={{ year, period, plan: planChoice }} />
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, period: tPeriod(period), year })}</h1>
      <SuccessorNote unitName={unit.name} successors={successors} />
      <UnitWorkLinks unitId={unit.id} year={year} period={period} mayEdit={mayEdit} hasChildren={children.length > 0} />
      <ReportFilters years={years} year={year} period={period} plan={planChoice} />
      <PrintLinks unitId={unit.id} year={year} period={period} plan={planChoice} hasChildren={children.length > 0} />
      {reform && <ReformNote unitName={unit.name} reform={reform} groups={groups} />}
      {groups.length > 0 ? (
        <>
          <VerdictLegend period={period} />
          <ReportTable groups={groups} period={period} planChoice={planChoice} caption={t("caption", { unit: unit.name, period: tPeriod(period), year })} />
          <ReportNotes groups={groups} />
        </>
      ) : (
        <p>{t("empty", { year })}</p>
      )}
    </div>
  );
}
