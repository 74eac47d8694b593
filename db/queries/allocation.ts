import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { AllocationPlan } from "@/lib/allocation";
import { getDb } from "../client";
import { actuals, indicators, plans, units } from "../schema";

/**
 * What the allocation view needs: the unit's children, every indicator, the plans of the unit and its
 * children for the year, and each child's latest full-year figure of every weight indicator.
 */
export async function getAllocationData({ unitId, year }: { unitId: number; year: number }) {
  const db = getDb();
  const children = db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(eq(units.parentId, unitId))
    .orderBy(asc(units.code))
    .all();
  const indicatorRows = db
    .select({
      id: indicators.id,
      code: indicators.code,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      measureVi: indicators.measureVi,
      measureEn: indicators.measureEn,
      aggregation: indicators.aggregation,
      direction: indicators.direction,
      weightIndicatorId: indicators.weightIndicatorId,
      decimals: indicators.decimals,
    })
    .from(indicators)
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const unitIds = [unitId, ...children.map((c) => c.id)];
  const planRows: AllocationPlan[] = db
    .select({ unitId: plans.unitId, indicatorId: plans.indicatorId, version: plans.version, value: plans.value })
    .from(plans)
    .where(and(inArray(plans.unitId, unitIds), eq(plans.year, year)))
    .all();
  const weightIds = [...new Set(indicatorRows.map((i) => i.weightIndicatorId).filter((id): id is number => id !== null))];
  const weightRows =
    weightIds.length === 0 || children.length === 0
      ? []
      : db
          .select({ unitId: actuals.unitId, indicatorId: actuals.indicatorId, year: actuals.year, value: actuals.value })
          .from(actuals)
          .where(
            and(
              inArray(actuals.unitId, children.map((c) => c.id)),
              inArray(actuals.indicatorId, weightIds),
              inArray(actuals.year, [year, year - 1]),
              eq(actuals.period, "FY"),
              isNotNull(actuals.value),
            ),
          )
          .orderBy(asc(actuals.year))
          .all();
  // Ordered by year, so this year's figure overwrites last year's.
  const weights = new Map<number, Map<number, number>>();
  for (const w of weightRows) {
    const byUnit = weights.get(w.indicatorId) ?? new Map<number, number>();
    byUnit.set(w.unitId, w.value);
    weights.set(w.indicatorId, byUnit);
  }
  return { children, indicators: indicatorRows, plans: planRows, weights };
}
