import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Successor } from "@/server/views/units";
import { toDocumentDate } from "@/lib/document-date";

/** On an old unit's report: where its figures continue after the 2025 reorganisation. */
export async function SuccessorNote({ unitName, successors }: { unitName: string; successors: Successor[] }) {
  const t = await getTranslations("registry.reform");
  const [first] = successors;
  if (!first) return null;
  return (
    <p data-testid="successor-note" className="no-print rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      {t.rich("successor", {
        date: toDocumentDate(first.effectiveDate) ?? "",
        unit: unitName,
        successors: () =>
          successors.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ", "}
              <Link href={`/units/${s.id}/report`} className="text-red-800 underline">
                {s.name}
              </Link>
            </span>
          )),
      })}
    </p>
  );
}
