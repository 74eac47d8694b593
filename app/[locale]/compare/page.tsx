import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { AsOfForm } from "@/components/units/as-of-form";
import { countryComparisonView } from "@/server/views/comparison";
import { appContext } from "@/server/views/context";
import { vietnamDate } from "@/lib/in-force";
import { compareParamsSchema, isoDayQuery } from "@/lib/view-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("countryTitle") };
}

/** Every commune-level unit of the country side by side (3.321 since the 2025 reform). */
export default async function CompareCountryPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = compareParamsSchema.parse(raw);
  // A day typed dd/mm/yyyy is named in the URL as links name it.
  const isoQuery = isoDayQuery(raw, query.asOf);
  if (isoQuery) redirect(`/compare${isoQuery}`);
  const t = await getTranslations("compare");
  const view = await countryComparisonView(appContext(), { year: query.year, asOf: query.asOf, period: query.period, indicatorCodes: query.indicators, planChoice: query.plan });
  if (view === null) return <p>{t("noYears")}</p>;
  const { years, year, data } = view;
  const today = vietnamDate(new Date());
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
