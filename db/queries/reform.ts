import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { periodEndMonth } from "@/lib/periods";
import { yearsBeforeReform, type PredecessorFigures } from "@/lib/reform";
import type { Db } from "../client";
import { actuals, unitLineage, units } from "../schema";
import { actualFigureColumns } from "./report";

export interface ReformComparisonData {
  effectiveDate: string;
  /** Earlier years whose figures come from the predecessors. */
  years: number[];
  predecessors: PredecessorFigures[];
}

/**
 * For units created by a merger, their predecessors and the predecessors' figures for the years
 * of a view of `year` that lie before the merger, in two queries whatever the number of units.
 * Units with no predecessors, or none the view needs, are left out of the map.
 */
export async function getPredecessorFigures(
  db: Db,
  {
    unitIds,
    year,
    indicatorIds,
    periods,
  }: {
    unitIds: number[];
    year: number;
    /** Restrict to these indicators; all when omitted. */
    indicatorIds?: number[];
    /** Restrict to these periods (a view of one period needs that period and the full year); all when omitted. */
    periods?: Period[];
  },
): Promise<Map<number, ReformComparisonData>> {
  const out = new Map<number, ReformComparisonData>();
  if (unitIds.length === 0) return out;
  const links = db
    .select({ toUnitId: unitLineage.toUnitId, id: units.id, code: units.code, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
    .where(inArray(unitLineage.toUnitId, unitIds))
    .all();
  const byUnit = new Map<number, typeof links>();
  for (const l of links) byUnit.set(l.toUnitId, [...(byUnit.get(l.toUnitId) ?? []), l]);
  const needed = new Map<number, { effectiveDate: string; years: number[]; links: typeof links }>();
  for (const [unitId, own] of byUnit) {
    const effectiveDate = own.map((l) => l.effectiveDate).sort()[0]!;
    const years = yearsBeforeReform(year, effectiveDate);
    if (years.length > 0) needed.set(unitId, { effectiveDate, years, links: own });
  }
  if (needed.size === 0) return out;
  const predecessorIds = [...new Set([...needed.values()].flatMap((n) => n.links.map((l) => l.id)))];
  const years = [...new Set([...needed.values()].flatMap((n) => n.years))];
  const rows = db
    .select({ unitId: actuals.unitId, ...actualFigureColumns })
    .from(actuals)
    .where(
      and(
        inArray(actuals.unitId, predecessorIds),
        inArray(actuals.year, years),
        indicatorIds ? inArray(actuals.indicatorId, indicatorIds) : undefined,
        periods ? inArray(actuals.period, periods) : undefined,
      ),
    )
    .all();
  const figuresOf = new Map<number, PredecessorFigures["actuals"]>();
  for (const { unitId, ...figure } of rows) figuresOf.set(unitId, [...(figuresOf.get(unitId) ?? []), figure]);
  for (const [unitId, n] of needed) {
    const predecessors = [...n.links]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ id, code, name }) => ({
        unit: { id, code, name },
        actuals: (figuresOf.get(id) ?? []).filter((a) => n.years.includes(a.year)),
      }));
    out.set(unitId, { effectiveDate: n.effectiveDate, years: n.years, predecessors });
  }
  return out;
}

/**
 * For a unit created by a merger, its predecessors and their figures for the years of a report of
 * `year` that lie before the merger; null when the unit has no predecessors or the report needs none.
 */
export async function getReformComparisonData(db: Db, { unitId, year }: { unitId: number; year: number }): Promise<ReformComparisonData | null> {
  return (await getPredecessorFigures(db, { unitIds: [unitId], year })).get(unitId) ?? null;
}

export interface Successor {
  id: number;
  code: string;
  name: string;
  effectiveDate: string;
}

/** The units an old unit's figures continue in after a merger (one, unless it was split). */
export async function getSuccessors(db: Db, { unitId }: { unitId: number }): Promise<Successor[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.toUnitId))
    .where(eq(unitLineage.fromUnitId, unitId))
    .all();
}

/**
 * For a unit created by a merger, its predecessors' figures for one year and period that ended
 * before the merger (a new unit's previous period, such as H1 2025 for one formed on 1 July 2025);
 * null when the unit has no predecessors or the period ended after the merger.
 */
export async function getPredecessorPeriodFigures(
  db: Db,
  { unitId, year, period }: { unitId: number; year: number; period: Period },
): Promise<PredecessorFigures[] | null> {
  const links = db
    .select({ id: units.id, code: units.code, name: units.name, effectiveDate: unitLineage.effectiveDate })
    .from(unitLineage)
    .innerJoin(units, eq(units.id, unitLineage.fromUnitId))
    .where(eq(unitLineage.toUnitId, unitId))
    .all();
  if (links.length === 0) return null;
  const effectiveMonth = links.map((l) => l.effectiveDate.slice(0, 7)).sort()[0]!;
  if (`${year}-${String(periodEndMonth(period)).padStart(2, "0")}` >= effectiveMonth) return null;
  const rows = db
    .select({ unitId: actuals.unitId, ...actualFigureColumns })
    .from(actuals)
    .where(and(inArray(actuals.unitId, links.map((l) => l.id)), eq(actuals.year, year), eq(actuals.period, period)))
    .all();
  return [...links]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ id, code, name }) => ({ unit: { id, code, name }, actuals: rows.filter((r) => r.unitId === id).map(({ unitId: _, ...figure }) => figure) }));
}
