import "server-only";
import { getAllocationData } from "@/db/queries/allocation";
import { getIndicators } from "@/db/queries/compare";
import { getLatestPlanYear } from "@/db/queries/report";
import { buildAllocation, type AllocationRow } from "@/lib/allocation";
import type { IndicatorDef } from "@/lib/report";
import type { ViewContext } from "./context";
import { unitsFigures } from "./figures";

export interface AllocationView {
  year: number;
  childUnits: { id: number; code: string; name: string }[];
  indicators: IndicatorDef[];
  rows: AllocationRow[];
}

/**
 * A unit's targets beside its children's, combined by each indicator's rule. Averages are weighed by
 * each child's latest full-year weight (population), completed across the reform: a ward formed in
 * 2025 is weighed by its predecessors' population of 2024 until it has its own.
 */
export async function allocationView(ctx: ViewContext, { unitId, year: askedYear }: { unitId: number; year?: number }): Promise<AllocationView> {
  const year = askedYear ?? (await getLatestPlanYear(ctx.db)) ?? new Date().getFullYear();
  const [data, indicators] = await Promise.all([getAllocationData(ctx.db, { unitId, year }), getIndicators(ctx.db)]);
  const weightIds = [...new Set(indicators.map((i) => i.weightIndicatorId).filter((id): id is number => id !== null))];
  const weights = new Map<number, Map<number, number>>();
  if (weightIds.length > 0 && data.children.length > 0) {
    const figures = await unitsFigures(ctx, { scope: { parentId: unitId }, year, indicators, indicatorIds: weightIds });
    for (const [childId, { actuals }] of figures.figuresByUnit) {
      for (const weightId of weightIds) {
        const latest = [year, year - 1]
          .map((y) => actuals.find((a) => a.indicatorId === weightId && a.year === y && a.period === "FY"))
          .find((a) => a !== undefined);
        if (!latest) continue;
        weights.set(weightId, (weights.get(weightId) ?? new Map<number, number>()).set(childId, latest.value));
      }
    }
  }
  const rows = buildAllocation({ parentId: unitId, childIds: data.children.map((c) => c.id), indicators, plans: data.plans, weights });
  return { year, childUnits: data.children, indicators, rows };
}
