import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadgeView } from "@/components/status/status-badge";
import type { DashboardGroup } from "@/lib/dashboard";
import type { Locale } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { ProgressBar } from "./progress-bar";

// Plain links: dozens of next/link components would each hydrate and prefetch on a phone.
/** Every indicator of the unit by group: a progress bar, the figures it stands for, status and percentages. */
export async function IndicatorProgress({ groups, chartHref }: { groups: DashboardGroup[]; chartHref: (code: string) => string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("dashboard.item");
  const tGroup = await getTranslations("common.group");
  const tCommon = await getTranslations("common");
  const tStatus = await getTranslations("common.indicatorStatus");
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "—" : formatPercent(v, 1, locale));
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.group} aria-labelledby={`group-${group.group}`}>
          <h2 id={`group-${group.group}`} className="mb-2 text-lg font-semibold">
            {tGroup(group.group)}
          </h2>
          <ul className="grid gap-3 md:grid-cols-2">
            {group.items.map(({ row, geometry, percentOfChosenPlan, percentOfOtherPlan, otherPlan, provisional }) => {
              const ind = row.indicator;
              const measure = locale === "vi" ? ind.measureVi : ind.measureEn;
              const judged = row.judgedAgainst;
              const plan = judged ? row.plans[judged] : null;
              const other = t(`plan.${otherPlan}`);
              return (
                <li key={ind.id} data-indicator={ind.code} className="rounded-lg bg-white p-3 shadow-sm">
                  <div className="flex items-start justify-between gap-2">
                    <a href={chartHref(ind.code)} className="font-semibold text-red-900 underline-offset-2 hover:underline">
                      {locale === "vi" ? ind.nameVi : ind.nameEn}
                    </a>
                    {row.evaluation ? <StatusBadgeView status={row.evaluation.status} label={tStatus(row.evaluation.status)} /> : <span className="text-sm text-slate-600">{t("unjudged")}</span>}
                  </div>
                  <p className="mt-1 text-sm text-slate-700">
                    {row.actual ? (
                      <>
                        <span className="font-semibold text-slate-900">{formatNumber(row.actual.value, ind.decimals, locale)}</span>
                        {provisional && row.actual && (
                          <abbr
                            title={tCommon(`figureStatusLong.${row.actual.status}`)}
                            className="ml-1 rounded bg-slate-200 px-1 text-xs text-slate-800 no-underline"
                          >
                            {tCommon(`figureStatus.${row.actual.status}`)}
                          </abbr>
                        )}
                      </>
                    ) : (
                      t("noActual")
                    )}
                    {plan && <> {t("ofPlan", { plan: formatNumber(plan.value, ind.decimals, locale) })}</>} {measure}
                  </p>
                  {geometry && (
                    <div className="mt-2 pr-3">
                      <ProgressBar geometry={geometry} status={row.evaluation?.status ?? null} />
                    </div>
                  )}
                  <dl className="mt-2 grid grid-cols-3 gap-1 text-sm">
                    <div title={t("otherPlanTitle", { plan: other, percent: pct(percentOfOtherPlan) })}>
                      <dt className="text-slate-600">{t(judged === "higher_level" ? "percentHigher" : "percentCouncil")}</dt>
                      <dd className="font-semibold">
                        {pct(judged ? row.percentOfPlan[judged] : percentOfChosenPlan)}
                        {percentOfOtherPlan !== null && judged !== otherPlan && (
                          <span className="block text-xs font-normal text-slate-600">
                            {other}: {pct(percentOfOtherPlan)}
                          </span>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("expected")}</dt>
                      <dd>{row.evaluation?.expected != null ? formatNumber(row.evaluation.expected, ind.decimals, locale) : "—"}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">{t("samePeriod")}</dt>
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
