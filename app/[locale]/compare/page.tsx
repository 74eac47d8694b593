import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { AsOfForm } from "@/components/units/as-of-form";
import { COMMUNE_LEVEL } from "@/db/queries/compare";
import { getLatestPlanYear } from "@/db/queries/report";
import { comparisonView } from "@/server/views/comparison";
import { appContext } from "@/server/views/context";
import { referenceDateForYear, vietnamDate, yearForAsOf } from "@/lib/in-force";
import { compareParamsSchema } from "@/lib/view-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("countryTitle") };
}

/** Every commune-level unit of the country side by side (3.321 since the 2025 reform). */
export default async function CompareCountryPage({ searchParams }: Props) {
  const query = compareParamsSchema.parse(await searchParams);
  const t = await getTranslations("compare");
  const ctx = appContext();
  const latest = await getLatestPlanYear(ctx.db);
  if (latest === null) return <p>{t("noYears")}</p>;
  const today = vietnamDate(new Date());
  const year = query.year ?? yearForAsOf(latest, query.asOf);
  const years = [...new Set([latest, latest - 1, latest - 2, year])].sort((a, b) => b - a);
  const data = await comparisonView(ctx, {
    // Only the units in force for the year: the 3.321 of today, or the pre-2025 ones for earlier years;
    // a chosen day stands for today (15/03/2024 shows the units of that day).
    scope: { level: COMMUNE_LEVEL, inForceOn: referenceDateForYear(year, query.asOf ?? today) },
    parentId: null,
    year,
    period: query.period,
    indicatorCodes: query.indicators,
    planChoice: query.plan,
  });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("countryHeading")}</h1>
      <AsOfForm path="/compare" asOf={query.asOf} today={today} />
      <ComparisonView
        data={data}
        parent={null}
        years={years}
        year={year}
        query={query}
      />
    </div>
  );
}
