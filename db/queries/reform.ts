import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { yearsBeforeReform, type PredecessorFigures } from "@/lib/reform";
import { getDb } from "../client";
import { actuals, unitLineage, units } from "../schema";
import { actualFigureColumns } from "./report";

export interface ReformComparisonData {
  effectiveDate: string;
  /** Earlier years whose figures come from the predecessors. */
  years: number[];
  predecessors: PredecessorFigures[];
}

/**
 * For a unit created by a merger, its predecessors and their figures for the years of a report of
 * `year` that lie before the merger; null when the unit has no predecessors or the report needs none.
 */
export async function getReformComparisonData({ unitId, year }: { unitId: number; year: number }): Promise<ReformComparisonData | null> {
  const db = getDb();
  const links = db
    .select({ id: units.id, code: units.code, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
    .where(eq(unitLineage.toUnitId, unitId))
    .all();
  if (links.length === 0) return null;
  const effectiveDate = links.map((l) => l.effectiveDate).sort()[0]!;
  const years = yearsBeforeReform(year, effectiveDate);
  if (years.length === 0) return null;
  const ids = links.map((l) => l.id);
  const rows = db
    .select({ unitId: actuals.unitId, ...actualFigureColumns })
    .from(actuals)
    .where(and(inArray(actuals.unitId, ids), inArray(actuals.year, years)))
    .all();
  const predecessors = links
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ id, code, name }) => ({
      unit: { id, code, name },
      actuals: rows.filter((r) => r.unitId === id).map(({ unitId: _unitId, ...figure }) => figure),
    }));
  return { effectiveDate, years, predecessors };
}

export interface Successor {
  id: number;
  code: string;
  name: string;
  effectiveDate: string;
}

/** The units an old unit's figures continue in after a merger (one, unless it was split). */
export async function getSuccessors({ unitId }: { unitId: number }): Promise<Successor[]> {
  return getDb()
    .select({ id: units.id, code: units.code, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.toUnitId))
    .where(eq(unitLineage.fromUnitId, unitId))
    .all();
}
