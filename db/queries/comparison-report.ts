import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { buildUnitReport, type PlanChoice, type ReportGroup } from "@/lib/report";
import { getDb } from "../client";
import { actuals, plans, units } from "../schema";
import { getUnitReportData } from "./report";

export interface ChildReports {
  children: { unit: { id: number; code: string; name: string }; groups: ReportGroup[] }[];
}

/**
 * Every child unit's standard report for a year and period, for the comparison variant of the
 * biểu: three queries for all children together, not one per child.
 */
export async function getChildReports({
  unitId,
  year,
  period,
  planChoice = "council",
}: {
  unitId: number;
  year: number;
  period: Period;
  planChoice?: PlanChoice;
}): Promise<ChildReports> {
  const db = getDb();
  const children = db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(eq(units.parentId, unitId))
    .orderBy(asc(units.code))
    .all();
  if (children.length === 0) return { children: [] };
  const ids = children.map((c) => c.id);
  // The indicator catalogue once, through the same reader as the unit report.
  const { indicators } = await getUnitReportData({ unitId, year });
  const planRows = db
    .select({
      unitId: plans.unitId,
      indicatorId: plans.indicatorId,
      version: plans.version,
      comparator: plans.comparator,
      value: plans.value,
      valueMax: plans.valueMax,
      source: plans.source,
      documentNumber: plans.documentNumber,
      documentDate: plans.documentDate,
    })
    .from(plans)
    .where(and(inArray(plans.unitId, ids), eq(plans.year, year)))
    .all();
  const actualRows = db
    .select({
      unitId: actuals.unitId,
      indicatorId: actuals.indicatorId,
      year: actuals.year,
      period: actuals.period,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      statedValue: actuals.statedValue,
      status: actuals.status,
      source: actuals.source,
    })
    .from(actuals)
    .where(and(inArray(actuals.unitId, ids), inArray(actuals.year, [year, year - 1])))
    .all();
  return {
    children: children.map((unit) => ({
      unit,
      groups: buildUnitReport({
        indicators,
        plans: planRows.filter((p) => p.unitId === unit.id),
        actuals: actualRows.filter((a) => a.unitId === unit.id),
        year,
        period,
        planChoice,
      }),
    })),
  };
}
