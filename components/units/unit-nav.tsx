import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { viewQuery } from "@/lib/view-params";

export type UnitView = "dashboard" | "report" | "compare";

/** Tabs between a unit's dashboard, its report and the comparison of its children, keeping year, period and plan. */
export async function UnitNav({
  unitId,
  current,
  hasChildren,
  view,
}: {
  unitId: number;
  current: UnitView;
  hasChildren: boolean;
  view: { year?: number; period?: string; plan?: string };
}) {
  const t = await getTranslations("dashboard.nav");
  const query = viewQuery(view);
  const tabs: { id: UnitView; href: string }[] = [
    { id: "dashboard", href: `/units/${unitId}${query}` },
    { id: "report", href: `/units/${unitId}/report${query}` },
    ...(hasChildren ? [{ id: "compare" as const, href: `/units/${unitId}/compare${query}` }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="no-print border-b border-slate-300">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.href}
              aria-current={tab.id === current ? "page" : undefined}
              className="block whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-semibold text-slate-700 hover:text-red-800 aria-[current=page]:border-red-800 aria-[current=page]:text-red-800"
            >
              {t(tab.id)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
