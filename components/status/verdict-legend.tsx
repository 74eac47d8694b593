import { getTranslations } from "next-intl/server";
import type { Period } from "@/lib/domain";
import { VERDICTS, verdictExplanationKey, verdictLabel } from "@/lib/verdict";
import { STATUS_STYLE } from "./status-style";

/** What each verdict word means at this period and how the tolerance is set: one click away on every page that judges. */
export async function VerdictLegend({ period }: { period: Period }) {
  const t = await getTranslations();
  return (
    <details className="rounded border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800" data-testid="verdict-legend">
      <summary className="cursor-pointer font-semibold">{t("common.verdictLegend.title")}</summary>
      <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {VERDICTS.map((v) => (
          <div key={v} className="contents">
            <dt className="font-semibold">
              <span aria-hidden="true" style={{ color: STATUS_STYLE[v].fill }}>
                {STATUS_STYLE[v].symbol}{" "}
              </span>
              {verdictLabel(t, v, period)}
            </dt>
            <dd>{t(verdictExplanationKey(v, period))}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2">{t("common.verdictLegend.expected")}</p>
      <p className="mt-1">{t("common.verdictLegend.tolerance")}</p>
      <p className="mt-1">{t("common.verdictLegend.points")}</p>
      <p className="mt-1">{t("common.verdictLegend.comparator")}</p>
    </details>
  );
}
