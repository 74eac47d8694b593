import { getTranslations } from "next-intl/server";

/** A GET form: the query lives in the URL, so results can be shared and the back button works. */
export async function UnitSearchForm({ defaultValue }: { defaultValue: string }) {
  const t = await getTranslations("report.home");
  return (
    <section aria-labelledby="search-heading" className="rounded-lg bg-white p-4 shadow-sm">
      <h1 id="search-heading" className="text-xl font-semibold">
        {t("title")}
      </h1>
      <p className="mb-3 text-slate-600">{t("intro")}</p>
      <form action="/" method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm">
          {t("searchLabel")}
          <input
            type="search"
            name="q"
            defaultValue={defaultValue}
            placeholder={t("searchPlaceholder")}
            className="mt-1 w-72 rounded border border-slate-400 px-3 py-2 text-base"
          />
        </label>
        <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
          {t("searchButton")}
        </button>
      </form>
    </section>
  );
}
