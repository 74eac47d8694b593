// Across the 2025 reform: the demo seed holds Xã Hà Vinh's 2023–2024 figures and the new Phường
// Bỉm Sơn's plans and figures (db/seed/reform.ts); these helpers find the units after the registry import.
import { and, eq, gte, lt } from "drizzle-orm";
import { REFORM_EFFECTIVE_DATE } from "@/lib/registry";
import type { Db } from "../client";
import { units } from "../schema";

export { BIM_SON_2025, HA_VINH_GTSX } from "../seed/reform";

export function unitIdByCode(db: Db, code: string, era: "old" | "new"): number {
  const row = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.code, code), era === "new" ? gte(units.validFrom, REFORM_EFFECTIVE_DATE) : lt(units.validFrom, REFORM_EFFECTIVE_DATE)))
    .get();
  if (!row) throw new Error(`no ${era} unit ${code}`);
  return row.id;
}

/** The seeded units on both sides of the Bỉm Sơn merger. */
export function reformUnits(db: Db): { bimSon: number; haVinh: number } {
  return { bimSon: unitIdByCode(db, "14812", "new"), haVinh: unitIdByCode(db, "15277", "old") };
}
