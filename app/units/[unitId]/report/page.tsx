import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportFilters } from "@/components/report/report-filters";
import { ReportNotes } from "@/components/report/report-notes";
import { ReportTable } from "@/components/report/report-table";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { getReportYears, getUnitReportData } from "@/db/queries/report";
import { getChildUnits, getUnit, getUnitAncestors } from "@/db/queries/units";
import { getCurrentUser, mayEditUnit } from "@/lib/auth/session";
import { buildUnitReport, latestReportedPeriod } from "@/lib/report";
import { reportParamsSchema, unitIdSchema } from "@/lib/report-params";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  const unit = unitId.success ? await getUnit({ unitId: unitId.data }) : null;
  const t = await getTranslations("report");
  return { title: unit ? `${unit.name} · ${t("title")}` : t("title") };
}

export default async function UnitReportPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const unit = await getUnit({ unitId: unitId.data });
  if (!unit) notFound();

  const query = reportParamsSchema.parse(await searchParams);
  const [years, ancestors, children] = await Promise.all([
    getReportYears({ unitId: unit.id }),
    getUnitAncestors({ unit }),
    getChildUnits({ unitId: unit.id }),
  ]);
  const t = await getTranslations("report");
  const tPeriod = await getTranslations("common.period");

  const year = query.year ?? years[0];
  if (year === undefined) {
    return (
      <div className="space-y-4">
        <UnitHierarchy unit={unit} ancestors={ancestors} units={children} />
        <p>{t("noYears")}</p>
      </div>
    );
  }
  const data = await getUnitReportData({ unitId: unit.id, year });
  const period = query.period ?? latestReportedPeriod(data.actuals, year) ?? "FY";
  const planChoice = query.plan ?? "council";
  const groups = buildUnitReport({ ...data, year, period, planChoice });
  const mayEdit = await mayEditUnit(await getCurrentUser(), unit.id);
  const tEntry = await getTranslations("entry");
  const tPlans = await getTranslations("plans");
  const tAllocation = await getTranslations("allocation");

  return (
    <div className="space-y-6">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={children} />
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, period: tPeriod(period), year })}</h1>
      {(mayEdit || children.length > 0) && (
        <p className="no-print flex flex-wrap gap-4">
          {mayEdit && (
            <>
              <Link href={`/units/${unit.id}/entry?year=${year}&period=${period}`} className="font-semibold text-red-800 underline">
                {tEntry("enterLink")}
              </Link>
              <Link href={`/units/${unit.id}/plans?year=${year}`} className="text-red-800 underline">
                {tPlans("setLink")}
              </Link>
            </>
          )}
          {children.length > 0 && (
            <Link href={`/units/${unit.id}/allocation?year=${year}`} className="text-red-800 underline">
              {tAllocation("link")}
            </Link>
          )}
        </p>
      )}
      <ReportFilters years={years.includes(year) ? years : [year, ...years]} year={year} period={period} plan={planChoice} />
      {groups.length > 0 ? (
        <>
          <ReportTable groups={groups} caption={t("caption", { unit: unit.name, period: tPeriod(period), year })} />
          <ReportNotes groups={groups} />
        </>
      ) : (
        <p>{t("empty", { year })}</p>
      )}
    </div>
  );
}
