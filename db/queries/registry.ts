import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import { REFORM_EFFECTIVE_DATE } from "@/lib/registry";
import type { Db } from "../client";
import { unitLineage, units } from "../schema";

export interface RegistryStatus {
  provinces: number;
  communes: number;
  lineage: number;
}

/** How much of the post-2025 registry the database holds. */
export async function getRegistryStatus(db: Db): Promise<RegistryStatus> {
  const current = (level: number) =>
    db.select({ n: count() }).from(units).where(and(gte(units.validFrom, REFORM_EFFECTIVE_DATE), eq(units.level, level))).get()?.n ?? 0;
  return {
    provinces: current(1),
    communes: current(3),
    lineage: db.select({ n: count() }).from(unitLineage).get()?.n ?? 0,
  };
}
