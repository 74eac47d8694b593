import "server-only";
import { getUnitsFigures, type UnitsFigures } from "./compare";
import { getUnitReportData, type UnitReportData } from "./report";

export interface DashboardData {
  unit: UnitReportData;
  /** The children with all their figures, for their headline statuses. */
  children: UnitsFigures;
}

/** A unit's own figures and its children's, for a year: five queries whatever the number of children. */
export async function getDashboardData({ unitId, year }: { unitId: number; year: number }): Promise<DashboardData> {
  const [unit, children] = await Promise.all([
    getUnitReportData({ unitId, year }),
    getUnitsFigures({ scope: { parentId: unitId }, year }),
  ]);
  return { unit, children };
}
