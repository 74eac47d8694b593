import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Period } from "@/lib/domain";

/** Where an official goes from a unit's page to work on it: entry and targets (editors), allocation (towns). */
export async function UnitWorkLinks({
  unitId,
  year,
  period,
  mayEdit,
  hasChildren,
}: {
  unitId: number;
  year: number;
  period: Period;
  mayEdit: boolean;
  hasChildren: boolean;
}) {
  if (!mayEdit && !hasChildren) return null;
  const tEntry = await getTranslations("entry");
  const tPlans = await getTranslations("plans");
  const tAllocation = await getTranslations("allocation");
  return (
    <p className="no-print flex flex-wrap gap-4">
      {mayEdit && (
        <>
          <Link href={`/units/${unitId}/entry?year=${year}&period=${period}`} className="font-semibold text-red-800 underline">
            {tEntry("enterLink")}
          </Link>
          <Link href={`/units/${unitId}/plans?year=${year}`} className="text-red-800 underline">
            {tPlans("setLink")}
          </Link>
        </>
      )}
      {hasChildren && (
        <Link href={`/units/${unitId}/allocation?year=${year}`} className="text-red-800 underline">
          {tAllocation("link")}
        </Link>
      )}
    </p>
  );
}
