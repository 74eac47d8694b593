import { getLocale, getTranslations } from "next-intl/server";
import type { Locale, Period } from "@/lib/domain";
import { usedNotes, type ReportLine } from "@/lib/spreadsheet/report-rows";
import { indicatorName, measureName } from "@/lib/indicator-names";
import { PrintFigureCells, PrintHead } from "./print-figure-cells";

/** The biểu as printed: STT | Chỉ tiêu | ĐVT | TH cùng kỳ | KH cấp trên giao | KH HĐND giao | TH / Ước TH kỳ | % KH cấp trên giao | % KH HĐND giao | % cùng kỳ | Đánh giá | Ghi chú. */
export async function PrintReportTable({ lines, period, judgedAgainst }: { lines: ReportLine[]; period: Period; judgedAgainst: "council" | "higher_level" }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("print");
  const tGroup = await getTranslations("common.group");
  const notes = usedNotes(lines);
  return (
    <>
      <table data-testid="print-report">
        <PrintHead leading={["number", "indicator", "measure"]} />
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
                <PrintFigureCells line={line} period={period} />
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
