import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitBehind } from "@/server/views/overview";
import { viewQuery } from "@/lib/view-params";

/** The units most behind in the year, each linking to its dashboard on the period it was judged for. */
export async function UnitBehindList({ units, year }: { units: UnitBehind[]; year: number }) {
  const t = await getTranslations("report.home");
  const tPeriod = await getTranslations("common.period");
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {units.map((u) => (
        <li key={u.id} className="rounded border border-slate-200 bg-white px-3 py-2">
          <Link href={`/units/${u.id}${viewQuery({ year, period: u.period })}`} className="font-semibold text-red-900 underline-offset-2 hover:underline">
            {u.name}
          </Link>
          {u.parentName && <span className="block text-sm text-slate-600">{u.parentName}</span>}
          <span className="block text-sm text-slate-800" data-testid="behind-count">
            {t("behindCount", { count: u.summary.not_achieved, total: u.summary.total })} · {tPeriod(u.period)} {year}
          </span>
        </li>
      ))}
    </ul>
  );
}
