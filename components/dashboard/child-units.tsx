import { getTranslations } from "next-intl/server";
import { StatusBadgeView } from "@/components/status/status-badge";
import { STATUS_STYLE } from "@/components/status/status-style";
import { summaryParts } from "@/lib/dashboard";
import type { IndicatorStatus } from "@/lib/domain";
import type { StatusSummary } from "@/lib/report";

export interface ChildHeadline {
  id: number;
  name: string;
  code: string;
  summary: StatusSummary;
  headline: IndicatorStatus | null;
}

// Plain links: a province lists over a hundred children; next/link would hydrate and prefetch each.
/** The unit's children with their headline status and counts, each a link to its own dashboard. */
export async function ChildUnits({ units, query }: { units: ChildHeadline[]; query: string }) {
  const t = await getTranslations("dashboard.children");
  const tStatus = await getTranslations("common.indicatorStatus");
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="child-units">
      {units.map((c) => (
        <li key={c.id} className="flex items-center justify-between gap-2 rounded border border-slate-200 bg-white px-3 py-2">
          <div className="min-w-0">
            <a href={`/units/${c.id}${query}`} className="font-semibold text-red-900 underline-offset-2 hover:underline">
              {c.name}
            </a>
            <p className="text-xs text-slate-700">
              {c.summary.total === 0
                ? t("noTargets")
                : summaryParts(c.summary).map((p, i) => (
                    <span key={p.status}>
                      {i > 0 && " · "}
                      <span aria-hidden="true">{STATUS_STYLE[p.status].symbol}</span>
                      <span className="sr-only">{t(`status.${p.status}`)}</span> {p.count}
                    </span>
                  ))}
            </p>
          </div>
          {c.headline && <StatusBadgeView status={c.headline} label={tStatus(c.headline)} />}
        </li>
      ))}
    </ul>
  );
}

export function ChildUnitsSkeleton() {
  return <div className="h-24 animate-pulse rounded bg-slate-200" aria-hidden="true" />;
}
