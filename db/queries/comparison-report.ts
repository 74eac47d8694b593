import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { predecessorHistory, withReformHistory, yearsBeforeReform } from "@/lib/reform";
import { buildUnitReport, type ActualFigure, type PlanChoice, type ReportGroup } from "@/lib/report";
import { getDb } from "../client";
import { actuals, plans, unitLineage, units } from "../schema";
import { actualFigureColumns, getUnitReportData, planFigureColumns } from "./report";

export interface ChildReports {
  children: {
    unit: { id: number; code: string; name: string };
    groups: ReportGroup[];
    /** For a unit formed by the 2025 reform: indicators whose same-period figure is its predecessors' total. */
    rolledUpIndicatorIds: number[];
  }[];
}

/**
 * Every child unit's standard report for a year and period, for the comparison variant of the
 * biểu: a few queries for all children together, not one per child. Children formed by the 2025
 * reform get last year's figures from their predecessors, as on their own report.
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
    .select({ unitId: plans.unitId, ...planFigureColumns })
    .from(plans)
    .where(and(inArray(plans.unitId, ids), eq(plans.year, year)))
    .all();
  const actualColumns = { unitId: actuals.unitId, ...actualFigureColumns };
  const actualRows = db
    .select(actualColumns)
    .from(actuals)
    .where(and(inArray(actuals.unitId, ids), inArray(actuals.year, [year, year - 1])))
    .all();

  const links = db
    .select({ toUnitId: unitLineage.toUnitId, effectiveDate: unitLineage.effectiveDate, id: units.id, code: units.code, name: units.name })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
    .where(inArray(unitLineage.toUnitId, ids))
    .all();
  const firstEffective = links.map((l) => l.effectiveDate).sort()[0];
  const reformYears = firstEffective ? yearsBeforeReform(year, firstEffective) : [];
  const predecessorRows =
    reformYears.length > 0
      ? db
          .select(actualColumns)
          .from(actuals)
          .where(and(inArray(actuals.unitId, [...new Set(links.map((l) => l.id))]), inArray(actuals.year, reformYears)))
          .all()
      : [];
  const figuresOf = (rows: typeof actualRows, unitId: number): ActualFigure[] =>
    rows.filter((a) => a.unitId === unitId).map(({ unitId: _unitId, ...figure }) => figure);

  return {
    children: children.map((unit) => {
      const own = figuresOf(actualRows, unit.id);
      const predecessors = links
        .filter((l) => l.toUnitId === unit.id && yearsBeforeReform(year, l.effectiveDate).length > 0)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((l) => ({ unit: { id: l.id, code: l.code, name: l.name }, actuals: figuresOf(predecessorRows, l.id) }));
      const history = predecessors.length > 0 ? predecessorHistory({ indicators, predecessors, years: reformYears }) : null;
      const ownLastYear = new Set(own.filter((a) => a.year === year - 1 && a.period === period).map((a) => a.indicatorId));
      return {
        unit,
        groups: buildUnitReport({
          indicators,
          plans: planRows.filter((p) => p.unitId === unit.id),
          actuals: history ? withReformHistory(own, history) : own,
          year,
          period,
          planChoice,
        }),
        rolledUpIndicatorIds: (history?.actuals ?? [])
          .filter((a) => a.year === year - 1 && a.period === period && !ownLastYear.has(a.indicatorId))
          .map((a) => a.indicatorId),
      };
    }),
  };
}
