import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UnitList } from "@/components/units/unit-list";
import { UnitSearchForm } from "@/components/units/unit-search-form";
import { getLatestPlanYear, getUnitsWithPlans } from "@/db/queries/report";
import { getChildUnits, getUnitList, searchUnits } from "@/db/queries/units";
import { appContext } from "@/server/views/context";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const query = q?.trim() ?? "";
  const t = await getTranslations("report.home");
  const tCompare = await getTranslations("compare");
  const { db } = appContext();

  if (query) {
    const results = await searchUnits(db, { query });
    return (
      <div className="space-y-6">
        <UnitSearchForm defaultValue={query} />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-lg font-semibold">
            {t("results", { query })}
          </h2>
          {results.length > 0 ? <UnitList units={results} /> : <p>{t("noResults", { query })}</p>}
        </section>
      </div>
    );
  }

  const year = await getLatestPlanYear(db);
  const [featured, provinces] = await Promise.all([
    year ? getUnitsWithPlans(db, { year }) : Promise.resolve([]),
    getChildUnits(db, { unitId: null }),
  ]);
  const featuredUnits = await getUnitList(db, { unitIds: featured });

  return (
    <div className="space-y-8">
      <UnitSearchForm defaultValue="" />
      {year && featuredUnits.length > 0 && (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-2 text-lg font-semibold">
            {t("featured", { year })}
          </h2>
          <UnitList units={featuredUnits} />
        </section>
      )}
      <section aria-labelledby="provinces-heading">
        <h2 id="provinces-heading" className="mb-2 text-lg font-semibold">
          {t("provinces")}
        </h2>
        <UnitList units={provinces} />
        <p className="mt-3">
          <Link href="/compare" className="text-red-800 underline">
            {tCompare("countryLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
