import "server-only";
import { and, eq } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { planKey, type CurrentPlan } from "@/lib/spreadsheet/plan-template";
import type { CurrentFigure } from "@/lib/spreadsheet/template";
import type { Db } from "../client";
import { actuals, plans } from "../schema";

/** A unit's stored figures for a year and period, by indicator: what an upload is compared with. */
export async function getCurrentFigures(db: Db, { unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<Map<number, CurrentFigure>> {
  const rows = db
    .select({
      indicatorId: actuals.indicatorId,
      revision: actuals.revision,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      status: actuals.status,
      note: actuals.note,
    })
    .from(actuals)
    .where(and(eq(actuals.unitId, unitId), eq(actuals.year, year), eq(actuals.period, period)))
    .all();
  return new Map(rows.map(({ indicatorId, ...figure }) => [indicatorId, figure]));
}

/** A unit's stored plans for a year, by "indicatorId|version": what a plans upload is compared with. */
export async function getCurrentPlans(db: Db, { unitId, year }: { unitId: number; year: number }): Promise<Map<string, CurrentPlan>> {
  const rows = db
    .select({
      indicatorId: plans.indicatorId,
      version: plans.version,
      revision: plans.revision,
      comparator: plans.comparator,
      value: plans.value,
      valueMax: plans.valueMax,
      documentNumber: plans.documentNumber,
      documentDate: plans.documentDate,
    })
    .from(plans)
    .where(and(eq(plans.unitId, unitId), eq(plans.year, year)))
    .all();
  return new Map(rows.map(({ indicatorId, version, ...plan }) => [planKey(indicatorId, version), plan]));
}
