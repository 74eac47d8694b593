import "server-only";
import { and, eq } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import type { CurrentFigure } from "@/lib/spreadsheet/template";
import { getDb } from "../client";
import { actuals } from "../schema";

/** A unit's stored figures for a year and period, by indicator: what an upload is compared with. */
export async function getCurrentFigures({ unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<Map<number, CurrentFigure>> {
  const rows = getDb()
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
