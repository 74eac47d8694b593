import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cardClass } from "@/components/ui/card";

/** A GET form: the query lives in the URL, so results can be shared and the back button works. */
export async function UnitSearchForm({ defaultValue, asOf }: { defaultValue: string; /** An earlier day's map, kept across searches. */ asOf?: string }) {
  const t = await getTranslations("report.home");
  return (
    <section aria-labelledby="search-heading" className={cardClass({ padding: "md" })}>
      <h1 id="search-heading" className="text-xl font-semibold">
        {t("title")}
      </h1>
      <p className="mb-3 text-slate-600">{t("intro")}</p>
      <form action="/" method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("searchLabel")}
          <Input
            type="search"
            name="q"
            defaultValue={defaultValue}
            placeholder={t("searchPlaceholder")}
            size="lg" className="mt-1 w-72"
          />
        </label>
        {asOf && <input type="hidden" name="asOf" value={asOf} />}
        <Button type="submit">
          {t("searchButton")}
        </Button>
      </form>
    </section>
  );
}
