import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadgeView } from "@/components/status/status-badge";
import type { DashboardGroup } from "@/lib/dashboard";
import type { Locale, Period } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { formatPlan, formatSigned } from "@/lib/plan-format";
import { verdictLabel } from "@/lib/verdict";
import { ProgressBar } from "./progress-bar";
import { indicatorName, measureName } from "@/lib/indicator-names";

// Plain links: dozens of next/link components would each hydrate and prefetch on a phone. The
// items are styled from their list, not element by element: every class on an item is rendered,
// sent and parsed once per indicator, and a province shows forty of them.
const ITEMS = [
  "grid gap-3 md:grid-cols-2",
  "[&>li]:rounded-lg [&>li]:bg-white [&>li]:p-3 [&>li]:shadow-sm",
  "[&_a]:font-semibold [&_a]:text-red-900 [&_a]:underline-offset-2 [&_a:hover]:underline",
  "[&_p]:mt-1 [&_p]:text-sm [&_p]:text-slate-700 [&_b]:font-semibold [&_b]:text-slate-900",
  "[&_abbr]:ml-1 [&_abbr]:rounded [&_abbr]:bg-slate-200 [&_abbr]:px-1 [&_abbr]:text-xs [&_abbr]:text-slate-800 [&_abbr]:no-underline",
  "[&_dl]:mt-2 [&_dl]:grid [&_dl]:grid-cols-3 [&_dl]:gap-1 [&_dl]:text-sm [&_dt]:text-slate-600",
  "[&_small]:block [&_small]:text-xs [&_small]:text-slate-600",
].join(" ");
/** Every indicator of the unit by group: a progress bar, the figures it stands for, status and percentages. */
export async function IndicatorProgress({ groups, period, chartHref }: { groups: DashboardGroup[]; period: Period; chartHref: (code: string) => string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("dashboard.item");
  const tGroup = await getTranslations("common.group");
  const tCommon = await getTranslations("common");
  const tAll = await getTranslations();
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "—" : formatPercent(v, 1, locale));
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.group} aria-labelledby={`group-${group.group}`}>
          <h2 id={`group-${group.group}`} className="mb-2 text-lg font-semibold">
            {tGroup(group.group)}
          </h2>
          <ul className={ITEMS}>
            {group.items.map(({ row, geometry, percentOfChosenPlan, percentOfOtherPlan, otherPlan, provisional }) => {
              const ind = row.indicator;
              const measure = measureName(ind, locale);
              const judged = row.judgedAgainst;
              const plan = judged ? row.plans[judged] : null;
              const other = t(`plan.${otherPlan}`);
              return (
                <li key={ind.id} data-indicator={ind.code}>
                  <div className="flex items-start justify-between gap-2">
                    <a href={chartHref(ind.code)}>{indicatorName(ind, locale)}</a>
                    {row.evaluation ? (
                      <StatusBadgeView status={row.evaluation.status} label={verdictLabel(tAll, row.evaluation.status, period)} />
                    ) : row.actual === null ? (
                      <StatusBadgeView status="not_reported" label={verdictLabel(tAll, "not_reported", period)} />
                    ) : (
                      <span className="text-sm text-slate-600">{t("unjudged")}</span>
                    )}
                  </div>
                  <p>
                    {row.actual ? (
                      <>
                        <b>{formatNumber(row.actual.value, ind.decimals, locale)}</b>
                        {provisional && <abbr title={tCommon(`figureStatusLong.${row.actual.status}`)}>{tCommon(`figureStatus.${row.actual.status}`)}</abbr>}
                      </>
                    ) : (
                      t("noActual")
                    )}
                    {plan ? ` ${t("ofPlan", { plan: formatPlan(plan, ind.decimals, locale) })} ${measure}` : ` ${measure}`}
                  </p>
                  {geometry && <ProgressBar geometry={geometry} status={row.evaluation?.status ?? null} />}
                  <dl>
                    <div title={t("otherPlanTitle", { plan: other, percent: pct(percentOfOtherPlan) })}>
                      <dt>{t(judged === "higher_level" ? "percentHigher" : "percentCouncil")}</dt>
                      <dd>
                        <b>{pct(judged ? row.percentOfPlan[judged] : percentOfChosenPlan)}</b>
                        {row.evaluation?.pointsFromPlan != null && (
                          <small data-testid="points-gap">{tCommon("points", { value: formatSigned(row.evaluation.pointsFromPlan, ind.decimals, locale) })}</small>
                        )}
                        {percentOfOtherPlan !== null && judged !== otherPlan && <small>{`${other}: ${pct(percentOfOtherPlan)}`}</small>}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("expected")}</dt>
                      <dd>{row.evaluation?.expected != null ? formatNumber(row.evaluation.expected, ind.decimals, locale) : "—"}</dd>
                    </div>
                    <div>
                      <dt>{t("samePeriod")}</dt>
                      <dd>{pct(row.percentOfSamePeriod)}</dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
