import { getLocale, getTranslations } from "next-intl/server";
import { toDocumentDate } from "@/lib/document-date";
import type { Locale } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { formatPlan } from "@/lib/plan-format";
import type { PlanFigure, ReportActual } from "@/lib/report";

/** Marks a figure that is not taken from a document as it is: * illustrative, † derived; a screen reader hears the label. */
export function SourceMark({ source, label }: { source: PlanFigure["source"]; label?: string }) {
  if (source === "document") return null;
  return (
    <>
      <sup aria-hidden="true">{source === "illustrative" ? "*" : "†"}</sup>
      {label && <span className="sr-only"> ({label})</span>}
    </>
  );
}

export async function PlanValue({ plan, decimals }: { plan: PlanFigure | null; decimals: number }) {
  if (!plan) return <span className="text-slate-400">—</span>;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("common");
  const tr = await getTranslations("report");
  const value = formatPlan(plan, decimals, locale);
  const documentNote = plan.documentNumber
    ? plan.documentDate
      ? tr("planDocumentDated", { document: plan.documentNumber, date: toDocumentDate(plan.documentDate) ?? "" })
      : tr("planDocument", { document: plan.documentNumber })
    : null;
  const title = [t(`comparator.${plan.comparator}`), t(`source.${plan.source}`), documentNote].filter(Boolean).join(" · ");
  return (
    <span title={title}>
      {value}
      <SourceMark source={plan.source} />
      {plan.version === "adjusted" && <span className="block text-xs text-slate-500">{tr("adjustedPlan")}</span>}
      <span className="sr-only"> ({title})</span>
    </span>
  );
}

/** A reported figure with its source mark and, unless official, its status; `brief` leaves out ratio parts and stated figures. */
export async function ActualValue({ actual, decimals, brief = false }: { actual: ReportActual | null; decimals: number; brief?: boolean }) {
  if (!actual) return <span className="text-slate-400">—</span>;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("common");
  const tr = await getTranslations("report");
  return (
    <span className="inline-flex flex-col items-end">
      <span>
        {formatNumber(actual.value, decimals, locale)}
        <SourceMark source={actual.source} label={t(`source.${actual.source}`)} />
        {actual.status !== "official" && (
          <abbr
            title={t(`figureStatusLong.${actual.status}`)}
            className="ml-1 rounded bg-slate-200 px-1 text-xs font-normal text-slate-800 no-underline"
          >
            {t(`figureStatus.${actual.status}`)}
          </abbr>
        )}
      </span>
      {!brief && actual.numerator !== null && actual.denominator !== null && (
        <span className="text-xs text-slate-600">
          {tr("ratioParts", {
            numerator: formatNumber(actual.numerator, 0, locale),
            denominator: formatNumber(actual.denominator, 0, locale),
          })}
        </span>
      )}
      {!brief && actual.statedMismatch && actual.statedValue !== null && (
        <span className="max-w-48 text-right text-xs text-amber-800">
          {tr("statedDiffers", {
            stated: formatNumber(actual.statedValue, decimals, locale),
            computed: formatNumber(actual.value, decimals, locale),
          })}
        </span>
      )}
    </span>
  );
}

export async function Percent({ value }: { value: number | null }) {
  if (value === null || !Number.isFinite(value)) return <span className="text-slate-400">—</span>;
  const locale = (await getLocale()) as Locale;
  return <>{formatPercent(value, 1, locale)}</>;
}
