import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AllocationPlan } from "@/lib/allocation";
import type { Db } from "../client";
import { plans, units } from "../schema";

/** What the allocation view reads itself: the unit's children and the plans of the unit and its children for the year. */
export async function getAllocationData(db: Db, { unitId, year }: { unitId: number; year: number }) {
  const children = db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(eq(units.parentId, unitId))
    .orderBy(asc(units.code))
    .all();
  const unitIds = [unitId, ...children.map((c) => c.id)];
  const planRows: AllocationPlan[] = db
    .select({ unitId: plans.unitId, indicatorId: plans.indicatorId, version: plans.version, value: plans.value })
    .from(plans)
    .where(and(inArray(plans.unitId, unitIds), eq(plans.year, year)))
    .all();
  return { children, plans: planRows };
}
