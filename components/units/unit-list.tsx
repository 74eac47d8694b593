import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitListItem, UnitSearchItem, UnitSummary } from "@/server/views/units";
import { toDocumentDate } from "@/lib/document-date";

type Item = UnitSummary & Partial<Pick<UnitListItem, "parentName">> & Partial<Pick<UnitSearchItem, "inForce" | "successors" | "validity" | "startsLater">>;

export async function UnitList({ units }: { units: Item[] }) {
  const t = await getTranslations("common.unitType");
  const tr = await getTranslations("report.hierarchy");
  const th = await getTranslations("report.home");
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {units.map((unit) => (
        <li key={unit.id} data-unit-id={unit.id} data-in-force={unit.inForce === undefined ? undefined : String(unit.inForce)}>
          <Link
            href={`/units/${unit.id}`}
            className={`block rounded border px-3 py-2 hover:border-red-700 hover:bg-red-50 ${unit.inForce === false ? "border-dashed border-slate-300 bg-slate-50" : "border-slate-200 bg-white"}`}
          >
            <span className="font-semibold">
              {unit.name}
              {unit.validity && <> ({th(`validity.${unit.validity.kind}`, unit.validity.kind === "between" ? { from: unit.validity.from, to: unit.validity.to } : { date: unit.validity.date })})</>}
            </span>
            <span className="block text-sm text-slate-600">
              {t(unit.type)} · {tr("code", { code: unit.code })}
              {unit.parentName && <> · {unit.parentName}</>}
            </span>
          </Link>
          {unit.inForce === false && (unit.successors ?? []).length > 0 && (
            <span className="block px-3 pt-1 text-sm text-slate-700" data-testid="merged-into">
              {unit.successors!.map((s) => (
                <span key={s.id} className="block">
                  {th.rich("mergedInto", {
                    date: toDocumentDate(s.effectiveDate)!,
                    unit: () => (
                      <Link href={`/units/${s.id}`} className="text-red-900 underline">
                        {s.name}
                      </Link>
                    ),
                  })}
                </span>
              ))}
            </span>
          )}
          {unit.inForce === false && unit.startsLater && (
            <span className="block px-3 pt-1 text-sm text-slate-700" data-testid="starts-later">
              {th("startsLater", { date: toDocumentDate(unit.startsLater)! })}
            </span>
          )}
          {unit.inForce === false && !unit.startsLater && (unit.successors ?? []).length === 0 && <span className="block px-3 pt-1 text-sm text-slate-700">{th("former")}</span>}
        </li>
      ))}
    </ul>
  );
}
