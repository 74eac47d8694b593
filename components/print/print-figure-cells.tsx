import { getLocale, getTranslations } from "next-intl/server";
import type { Locale, Period } from "@/lib/domain";
import { verdictLabel } from "@/lib/verdict";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { formatPlan } from "@/lib/plan-format";
import type { ReportIndicatorLine } from "@/lib/spreadsheet/report-rows";

type Figures = Omit<ReportIndicatorLine, "kind" | "number">;

/** The columns PrintFigureCells fills, in order. */
const FIGURE_COLUMNS = ["samePeriod", "planHigher", "planCouncil", "actual", "percentOfPlanHigher", "percentOfPlanCouncil", "percentOfSamePeriod", "status", "notes"] as const;

/** A printed table's head: the columns naming each line, then the figures' columns. */
export async function PrintHead({ leading }: { leading: readonly ("number" | "unit" | "indicator" | "measure")[] }) {
  const t = await getTranslations("print");
  return (
    <thead>
      <tr className="bg-slate-100">
        {[...leading, ...FIGURE_COLUMNS].map((c) => (
          <th key={c} scope="col" className="text-center font-semibold">
            {t(`columns.${c}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A printed line's figures, from TH cùng kỳ to Ghi chú (both % KH and the verdict among them), written one way for the report and the
 * comparison: an empty cell where there is no figure, percentages to one decimal.
 */
export async function PrintFigureCells({ line, period }: { line: Figures; period: Period }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  const tRoot = await getTranslations();
  const decimals = line.indicator.decimals;
  const num = (v: number | null) => (v === null ? "" : formatNumber(v, decimals, locale));
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "" : formatPercent(v, 1, locale));
  return (
    <>
      <td className="text-right whitespace-nowrap">{num(line.samePeriod)}</td>
      <td className="text-right whitespace-nowrap">{formatPlan(line.planHigher, decimals, locale)}</td>
      <td className="text-right whitespace-nowrap">{formatPlan(line.planCouncil, decimals, locale)}</td>
      <td className="text-right whitespace-nowrap font-semibold">
        {num(line.actual)}
        {line.actualStatus === "estimate" && <sup> ({t("notes.estimate")})</sup>}
      </td>
      <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanHigher)}</td>
      <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanCouncil)}</td>
      <td className="text-right whitespace-nowrap">{pct(line.percentOfSamePeriod)}</td>
      <td className="text-center" data-status={line.status ?? undefined}>
        {line.verdict ? verdictLabel(tRoot, line.verdict, period) : ""}
      </td>
      <td className="text-xs">{line.notes.map((n) => t(`notes.${n}`)).join("; ")}</td>
    </>
  );
}
