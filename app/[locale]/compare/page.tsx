import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { COMMUNE_LEVEL } from "@/db/queries/compare";
import { getLatestPlanYear } from "@/db/queries/report";
import { comparisonView } from "@/server/views/comparison";
import { appContext } from "@/server/views/context";
import { referenceDateForYear, vietnamDate } from "@/lib/in-force";
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
  const years = [latest, latest - 1, latest - 2];
  const year = query.year ?? latest;
  const data = await comparisonView(ctx, {
    // Only the units in force for the year: the 3.321 of today, or the pre-2025 ones for earlier years.
    scope: { level: COMMUNE_LEVEL, inForceOn: referenceDateForYear(year, vietnamDate(new Date())) },
    parentId: null,
    year,
    period: query.period,
    indicatorCodes: query.indicators,
    planChoice: query.plan,
  });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("countryHeading")}</h1>
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
