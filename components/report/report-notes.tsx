import { getTranslations } from "next-intl/server";
import type { ReportGroup } from "@/lib/report";

/** Footnotes for the markers that appear in this report, and only those. */
export async function ReportNotes({ groups }: { groups: ReportGroup[] }) {
  const t = await getTranslations("report.notes");
  const rows = groups.flatMap((g) => g.rows);
  const has = {
    estimate: rows.some((r) => r.actual?.status === "estimate"),
    preliminary: rows.some((r) => r.actual?.status === "preliminary"),
    illustrative: rows.some(
      (r) => r.actual?.source === "illustrative" || r.plans.council?.source === "illustrative" || r.plans.higher_level?.source === "illustrative",
    ),
    derived: rows.some((r) => r.plans.council?.source === "derived" || r.plans.higher_level?.source === "derived"),
    flows: rows.some((r) => r.indicator.timeBehaviour === "flow"),
  };
  const notes = (Object.keys(has) as (keyof typeof has)[]).filter((k) => has[k]);
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="report-notes" className="text-sm text-slate-700">
      <h2 id="report-notes" className="font-semibold">
        {t("heading")}
      </h2>
      <ul className="list-inside list-disc">
        {notes.map((n) => (
          <li key={n} data-note={n}>
            {t(n)}
          </li>
        ))}
      </ul>
    </section>
  );
}
