import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnitListItem, UnitSummary } from "@/db/queries/units";

export async function UnitList({ units }: { units: (UnitSummary & Partial<Pick<UnitListItem, "parentName">>)[] }) {
  const t = await getTranslations("common.unitType");
  const tr = await getTranslations("report.hierarchy");
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {units.map((unit) => (
        <li key={unit.id}>
          <Link
            href={`/units/${unit.id}`}
            className="block rounded border border-slate-200 bg-white px-3 py-2 hover:border-red-700 hover:bg-red-50"
          >
            <span className="font-semibold">{unit.name}</span>
            <span className="block text-sm text-slate-600">
              {t(unit.type)} · {tr("code", { code: unit.code })}
              {unit.parentName && <> · {unit.parentName}</>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
