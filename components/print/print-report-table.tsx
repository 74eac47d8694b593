import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain";
import { formatNumber, formatPercent } from "@/lib/numbers";
import { formatPlan } from "@/lib/plan-format";
import { usedNotes, type ReportLine } from "@/lib/spreadsheet/report-rows";
import { indicatorName, measureName } from "@/lib/indicator-names";

/** The biểu as printed: STT | Chỉ tiêu | ĐVT | TH cùng kỳ | KH cấp trên giao | KH HĐND giao | TH / Ước TH kỳ | % KH cấp trên giao | % KH HĐND giao | % cùng kỳ | Đánh giá | Ghi chú. */
export async function PrintReportTable({ lines, judgedAgainst }: { lines: ReportLine[]; judgedAgainst: "council" | "higher_level" }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  const tGroup = await getTranslations("common.group");
  const tStatus = await getTranslations("common.indicatorStatus");
  const num = (v: number | null, d: number) => (v === null ? "" : formatNumber(v, d, locale));
  const pct = (v: number | null) => (v === null || !Number.isFinite(v) ? "" : formatPercent(v, 1, locale));
  const plan = (p: Parameters<typeof formatPlan>[0], d: number) => formatPlan(p, d, locale);
  const cols = ["number", "indicator", "measure", "samePeriod", "planHigher", "planCouncil", "actual", "percentOfPlanHigher", "percentOfPlanCouncil", "percentOfSamePeriod", "status", "notes"] as const;
  const notes = usedNotes(lines);
  return (
    <>
      <table data-testid="print-report">
        <thead>
          <tr className="bg-slate-100">
            {cols.map((c) => (
              <th key={c} scope="col" className="text-center font-semibold">
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) =>
            line.kind === "group" ? (
              <tr key={`g-${line.group}`} className="group-row">
                <th scope="colgroup" className="text-center">{line.number}</th>
                <th scope="colgroup" colSpan={11} className="text-left font-semibold">
                  {tGroup(line.group)}
                </th>
              </tr>
            ) : (
              <tr key={line.indicator.id} data-indicator={line.indicator.code}>
                <td className="text-center">{line.number}</td>
                <th scope="row" className="text-left font-normal">
                  {indicatorName(line.indicator, locale)}
                </th>
                <td>{measureName(line.indicator, locale)}</td>
                <td className="text-right whitespace-nowrap">{num(line.samePeriod, line.indicator.decimals)}</td>
                <td className="text-right whitespace-nowrap">{plan(line.planHigher, line.indicator.decimals)}</td>
                <td className="text-right whitespace-nowrap">{plan(line.planCouncil, line.indicator.decimals)}</td>
                <td className="text-right whitespace-nowrap font-semibold">
                  {num(line.actual, line.indicator.decimals)}
                  {line.actualStatus === "estimate" && <sup> ({t("notes.estimate")})</sup>}
                </td>
                <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanHigher)}</td>
                <td className="text-right whitespace-nowrap">{pct(line.percentOfPlanCouncil)}</td>
                <td className="text-right whitespace-nowrap">{pct(line.percentOfSamePeriod)}</td>
                <td className="text-center" data-status={line.status ?? undefined}>{line.status ? tStatus(line.status) : ""}</td>
                <td className="text-xs">{line.notes.map((n) => t(`notes.${n}`)).join("; ")}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <section className="keep-together mt-3 text-sm" aria-label={t("footnotes.heading")}>
        <p className="font-semibold">{t("footnotes.heading")}</p>
        <ul className="list-inside list-disc">
          <li>{t(judgedAgainst === "council" ? "judgedAgainstCouncil" : "judgedAgainstHigher")}</li>
          {notes.map((n) => (
            <li key={n} data-footnote={n}>
              {t(`footnotes.${n}`)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
