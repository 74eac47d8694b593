import { getTranslations } from "next-intl/server";
import { StatusBadgeView } from "@/components/status/status-badge";
import type { ChildrenDigest } from "@/lib/dashboard";
import type { IndicatorStatus, Period } from "@/lib/domain";
import type { StatusSummary } from "@/lib/report";
import { VERDICTS, verdictLabel, type Verdict } from "@/lib/verdict";
import { SummaryLine } from "./summary-line";

export interface ChildHeadline {
  id: number;
  name: string;
  code: string;
  summary: StatusSummary;
  headline: IndicatorStatus | null;
}

// Plain links, and cells styled from the table: a province has over a hundred children, and every
// element and class here is rendered, sent and hydrated once per child.
/** The unit's children: how many indicators of each are at each status, and each child's headline status. */
export async function ChildUnits({ digest, period, query, compareHref }: { digest: ChildrenDigest<ChildHeadline>; period: Period; query: string; compareHref: string }) {
  const t = await getTranslations("dashboard.children");
  const tAll = await getTranslations();
  const countOf = (s: StatusSummary, v: Verdict) => (v === "not_reported" ? s.notReported : s[v]);
  const { listed, partial, behind, headlines } = digest;
  // Only as many "furthest behind" as there are: the rest of the list follows by code.
  const partialText =
    behind === listed.length ? t("partial", { listed: listed.length }) : behind > 0 ? t("partialSome", { listed: listed.length, behind }) : t("partialNone", { listed: listed.length });
  return (
    <div className="space-y-2">
      {headlines.unjudged + headlines.notReported < headlines.total && <SummaryLine summary={headlines} period={period} of="units" />}
      {partial && (
        <p className="text-sm">
          {partialText}{" "}
          <a href={compareHref} className="font-semibold text-red-900 underline">
            {t("compareAll", { count: headlines.total })}
          </a>
        </p>
      )}
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table
          data-testid="child-units"
          className="w-full text-sm [&_td]:px-3 [&_td]:py-1.5 [&_td]:text-right [&_th]:px-3 [&_th]:py-1.5 [&_thead_th]:font-semibold [&_thead_th]:text-slate-700 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_tbody_th]:whitespace-nowrap [&_tbody_th]:text-left [&_tbody_th]:font-normal"
        >
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 text-left">
                {t("unit")}
              </th>
              <th scope="col" className="text-right">
                {t("reported")}
              </th>
              {VERDICTS.map((s) => (
                <th key={s} scope="col" className="text-right">
                  {verdictLabel(tAll, s, period)}
                </th>
              ))}
              <th scope="col" className="text-left" title={t("headlineTitle")}>
                {t("headline")}
              </th>
            </tr>
          </thead>
          <tbody>
            {listed.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="sticky left-0 bg-white">
                  <a href={`/units/${c.id}${query}`} className="font-semibold text-red-900 underline-offset-2 hover:underline">
                    {c.name}
                  </a>
                </th>
                {c.summary.total === 0 ? (
                  <td colSpan={VERDICTS.length + 2} className="text-left! text-slate-600">
                    {t("noTargets")}
                  </td>
                ) : (
                  <>
                    <td data-testid="reported">{`${c.summary.reported}/${c.summary.total}`}</td>
                    {VERDICTS.map((s) => (
                      <td key={s}>{countOf(c.summary, s)}</td>
                    ))}
                    <td className="text-left!">{c.headline ? <StatusBadgeView status={c.headline} label={verdictLabel(tAll, c.headline, period)} /> : "—"}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ChildUnitsSkeleton() {
  return <div className="h-24 animate-pulse rounded bg-slate-200" aria-hidden="true" />;
}
