import "server-only";
import type { Period } from "@/lib/domain";
import { getUnitsFigures, type UnitsFigures } from "./compare";

/**
 * The dashboard's children panel: every child's plans and the actuals the period's statuses rest
 * on, in three queries whatever the number of children (the unit's own figures come from
 * getUnitReportData, read first so that the page can stream the children afterwards).
 */
export async function getChildrenFigures({ unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<UnitsFigures> {
  return getUnitsFigures({ scope: { parentId: unitId }, year, period });
}
