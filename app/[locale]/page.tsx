import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AsOfForm } from "@/components/units/as-of-form";
import { UnitBehindList } from "@/components/units/unit-behind-list";
import { UnitList } from "@/components/units/unit-list";
import { UnitSearchForm } from "@/components/units/unit-search-form";
import { vietnamDate } from "@/lib/in-force";
import { asOfSchema, isoDayQuery, viewQuery } from "@/lib/view-params";
import { homeView, unitSearchView } from "@/server/views/overview";
import { appContext } from "@/server/views/context";

// "as of" stays in the URL (?asOf=2024-12-31) for looking at an earlier map; today in Vietnam otherwise.
const homeParams = z.object({
  q: z.string().max(100).optional().catch(undefined),
  asOf: asOfSchema,
});

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = homeParams.parse(raw);
  // A day typed dd/mm/yyyy is named in the URL as links name it.
  const isoQuery = isoDayQuery(raw, params.asOf);
  if (isoQuery) redirect(`/${isoQuery}`);
  const query = params.q?.trim() ?? "";
  const today = vietnamDate(new Date());
  const asOf = params.asOf ?? today;
  const t = await getTranslations("report.home");
  const tCompare = await getTranslations("compare");
  const format = await getFormatter();
  const asOfText = format.dateTime(new Date(`${asOf}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

  if (query) {
    const results = await unitSearchView(appContext(), { query, asOf });
    return (
      <div className="space-y-6">
        <UnitSearchForm defaultValue={query} asOf={params.asOf} />
        <AsOfForm path="/" asOf={params.asOf} today={today} keep={{ q: query }} />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-lg font-semibold">
            {t("results", { query })}
          </h2>
          {results.length > 0 ? (
            <>
              <p className="mb-2 text-sm text-slate-600">{t("asOf", { date: asOfText })}</p>
              <UnitList units={results} />
            </>
          ) : (
            <p>{t("noResults", { query })}</p>
          )}
        </section>
      </div>
    );
  }

  const { year, behind, provinces } = await homeView(appContext(), { asOf: params.asOf });

  return (
    <div className="space-y-8">
      <UnitSearchForm defaultValue="" asOf={params.asOf} />
      <AsOfForm path="/" asOf={params.asOf} today={today} />
      {year && behind.length > 0 && (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-2 text-lg font-semibold">
            {t("behind", { year })}
          </h2>
          <UnitBehindList units={behind} year={year} />
        </section>
      )}
      <section aria-labelledby="provinces-heading">
        <h2 id="provinces-heading" className="mb-2 text-lg font-semibold">
          {t("provinces")}
        </h2>
        <UnitList units={provinces} />
        <p className="mt-3">
          <Link href={`/compare${viewQuery({ asOf: params.asOf })}`} className="text-red-800 underline">
            {tCompare("countryLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
