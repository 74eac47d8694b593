import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { FigureRow } from "@/lib/spreadsheet/figures-sheet";
import type { Db } from "../client";
import { actuals, indicators } from "../schema";

const PERIOD_ORDER = { Q1: 0, H1: 1, M9: 2, FY: 3 } as const;

/** A unit's stored actuals for a year, as entered: the raw figures download. */
export async function getUnitFigures(db: Db, { unitId, year }: { unitId: number; year: number }): Promise<FigureRow[]> {
  const rows = db
    .select({
      indicatorCode: indicators.code,
      indicatorName: indicators.nameVi,
      measure: indicators.measureVi,
      decimals: indicators.decimals,
      sortOrder: indicators.sortOrder,
      year: actuals.year,
      period: actuals.period,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      status: actuals.status,
      source: actuals.source,
    })
    .from(actuals)
    .innerJoin(indicators, eq(indicators.id, actuals.indicatorId))
    .where(and(eq(actuals.unitId, unitId), eq(actuals.year, year)))
    .orderBy(asc(indicators.sortOrder))
    .all();
  return rows
    .sort((a, b) => a.sortOrder - b.sortOrder || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period])
    .map(({ sortOrder: _sortOrder, ...row }) => row);
}
