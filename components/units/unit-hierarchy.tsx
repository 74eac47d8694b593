import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitSummary } from "@/server/views/units";

/** Breadcrumb up to the province, and links down to the subordinate units. */
export async function UnitHierarchy({
  unit,
  ancestors,
  units,
  path = "/report",
  query = "",
}: {
  unit: UnitSummary;
  ancestors: UnitSummary[];
  units: UnitSummary[];
  /** The view the links lead to, after /units/{id}: "/report" by default, "" for the dashboard. */
  path?: string;
  /** The view's search string ("?year=2024&period=H1"), kept as the official moves up and down. */
  query?: string;
}) {
  const t = await getTranslations("report.hierarchy");
  const tType = await getTranslations("common.unitType");
  return (
    <div className="no-print space-y-2 text-sm">
      <nav aria-label={t("breadcrumb")}>
        <ol className="flex flex-wrap items-center gap-1 text-slate-600">
          {ancestors.map((a) => (
            <li key={a.id} className="after:ml-1 after:content-['›']">
              <Link href={`/units/${a.id}${path}${query}`} className="text-red-800 underline-offset-2 hover:underline">
                {a.name}
              </Link>
            </li>
          ))}
          <li aria-current="page" className="font-semibold text-slate-900">
            {unit.name} <span className="font-normal text-slate-500">({tType(unit.type)} · {t("code", { code: unit.code })})</span>
          </li>
        </ol>
      </nav>
      {units.length > 0 && (
        <details className="rounded bg-white px-3 py-2 shadow-sm">
          <summary className="cursor-pointer font-semibold">{t("children", { count: units.length })}</summary>
          <ul className="mt-2 flex flex-wrap gap-2">
            {units.map((c) => (
              <li key={c.id}>
                <Link href={`/units/${c.id}${path}${query}`} className="inline-block rounded border border-slate-300 px-2 py-1 hover:border-red-700">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
