import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { UnitHierarchy } from "@/components/units/unit-hierarchy";
import { UnitNav } from "@/components/units/unit-nav";
import { comparisonFrame, comparisonView } from "@/server/views/comparison";
import { appContext } from "@/server/views/context";
import { compareParamsSchema, viewQuery } from "@/lib/view-params";
import { findUnit, requireUnit } from "../unit-from-route";
import { defaultYear } from "@/lib/year";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await findUnit((await params).unitId);
  const t = await getTranslations("compare");
  return { title: unit ? `${unit.name} · ${t("title")}` : t("title") };
}

export default async function CompareChildrenPage({ params, searchParams }: Props) {
  const unit = await requireUnit((await params).unitId);
  const query = compareParamsSchema.parse(await searchParams);
  const ctx = appContext();
  const { years, ancestors, children } = await comparisonFrame(ctx, { unit });
  if (children.length === 0) notFound();
  const t = await getTranslations("compare");
  const year = query.year ?? defaultYear(years, new Date().getFullYear()) ?? undefined;
  const view = { year, period: query.period, plan: query.plan };
  const firstIndicator = query.indicators?.[0];

  return (
    <div className="space-y-5">
      <UnitHierarchy unit={unit} ancestors={ancestors} units={[]} path="/compare" query={viewQuery(view)} />
      <UnitNav unitId={unit.id} current="compare" hasChildren view={view} />
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, count: children.length })}</h1>
      <p className="text-sm">
        <Link href={`/units/${unit.id}/compare/charts${viewQuery({ ...view, indicator: firstIndicator })}`} className="text-red-800 underline">
          {t("toCharts")}
        </Link>
      </p>
      {year === undefined ? (
        <p>{t("noYears")}</p>
      ) : (
        <ComparisonView
          data={await comparisonView(ctx, {
            scope: { parentId: unit.id },
            parentId: unit.id,
            year,
            period: query.period,
            indicatorCodes: query.indicators,
            planChoice: query.plan,
          })}
          parent={unit}
          years={years}
          year={year}
          query={query}
        />
      )}
    </div>
  );
}
