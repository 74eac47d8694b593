import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "../client";
import { indicators, type Indicator } from "../schema";

export type IndicatorListItem = Pick<
  Indicator,
  "id" | "code" | "nameVi" | "nameEn" | "group" | "measureVi" | "measureEn" | "kind" | "direction" | "timeBehaviour" | "aggregation" | "decimals" | "tolerance"
>;

/** Every indicator in report order. */
export async function listIndicators(db: Db): Promise<IndicatorListItem[]> {
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      group: indicators.group,
      measureVi: indicators.measureVi,
      measureEn: indicators.measureEn,
      kind: indicators.kind,
      direction: indicators.direction,
      timeBehaviour: indicators.timeBehaviour,
      aggregation: indicators.aggregation,
      decimals: indicators.decimals,
      tolerance: indicators.tolerance,
    })
    .from(indicators)
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
}
