import { getLocale, getTranslations } from "next-intl/server";
import type { ReformInfo } from "@/server/views/figures";
import { toDocumentDate } from "@/lib/document-date";
import type { IndicatorDef, ReportGroup } from "@/lib/report";
import { indicatorName } from "@/lib/indicator-names";

function listNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}


/** Says that last year's figures of a merged unit are its predecessors' totals, and names them. */
export async function ReformNote({ unitName, reform, groups }: { unitName: string; reform: ReformInfo; groups: ReportGroup[] }) {
  const t = await getTranslations("registry.reform");
  const locale = await getLocale();
  const and = t("and");
  const indicators = new Map<number, IndicatorDef>(groups.flatMap((g) => g.rows.map((r) => [r.indicator.id, r.indicator] as const)));
  const incomplete = reform.incomplete.filter((i) => indicators.has(i.indicatorId));
  return (
    <section aria-labelledby="reform-note" data-testid="reform-note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm print:border-slate-400 print:bg-white">
      <h2 id="reform-note" className="font-semibold">
        {t("heading")}
      </h2>
      <p>
        {t("body", {
          unit: unitName,
          date: toDocumentDate(reform.effectiveDate) ?? "",
          predecessors: listNames(reform.predecessors.map((p) => p.name), and),
          // The year before the report is what "cùng kỳ" means; earlier years only feed growth rates.
          years: String(Math.max(...reform.years)),
        })}
      </p>
      {incomplete.length > 0 && (
        <ul className="mt-1 list-inside list-disc">
          {incomplete.map((i) => (
            <li key={i.indicatorId}>
              {t("incomplete", { indicator: indicatorName(indicators.get(i.indicatorId)!, locale), units: listNames(i.missing.map((u) => u.name), and) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
