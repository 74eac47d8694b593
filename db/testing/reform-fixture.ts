// Figures for tests across the 2025 reform, on top of the demo seed and the registry import:
// Xã Hà Vinh's 2023–2024 figures (the seed has none; it was in huyện Hà Trung) and the new Phường
// Bỉm Sơn's first 2025 plan and figures. Illustrative, like the seed's ward figures.
import { and, eq, gte, lt } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { REFORM_EFFECTIVE_DATE } from "@/lib/registry";
import type { Db } from "../client";
import { actualRevisions, actuals, indicators, plans, units } from "../schema";

const PERIODS_ALL: Period[] = ["Q1", "H1", "M9", "FY"];
const SHAPE: Record<Period, number> = { Q1: 0.22, H1: 0.49, M9: 0.74, FY: 1 };

export const HA_VINH_GTSX = { 2023: 640, 2024: 720 } as const;
export const BIM_SON_2025 = { planGTSX: 12500, gtsxQ1: 2700, gtsxH1: 6050 } as const;

export function unitIdByCode(db: Db, code: string, era: "old" | "new"): number {
  const row = db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.code, code), era === "new" ? gte(units.validFrom, REFORM_EFFECTIVE_DATE) : lt(units.validFrom, REFORM_EFFECTIVE_DATE)))
    .get();
  if (!row) throw new Error(`no ${era} unit ${code}: import the registry first`);
  return row.id;
}

export function addReformFigures(db: Db): { bimSon: number; haVinh: number } {
  const ind = (code: string) => db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).get()!.id;
  const haVinh = unitIdByCode(db, "15277", "old");
  const bimSon = unitIdByCode(db, "14812", "new");
  db.transaction((tx) => {
    const add = (unitId: number, code: string, year: number, period: Period, value: number, status: "estimate" | "official") => {
      const row = tx
        .insert(actuals)
        .values({ unitId, indicatorId: ind(code), year, period, value, status, source: "illustrative" })
        .returning({ id: actuals.id })
        .get();
      tx.insert(actualRevisions).values({ actualId: row.id, revision: 1, value, status }).run();
    };
    for (const year of [2023, 2024] as const) {
      for (const p of PERIODS_ALL) add(haVinh, "GTSX", year, p, Math.round(HA_VINH_GTSX[year] * SHAPE[p]), "official");
      add(haVinh, "DAN_SO", year, "FY", year === 2023 ? 6100 : 6150, "official");
      add(haVinh, "THU_NHAP_BQ", year, "FY", year === 2023 ? 58.5 : 62, "official");
    }
    tx.insert(plans)
      .values({ unitId: bimSon, indicatorId: ind("GTSX"), year: 2025, version: "council", comparator: "gte", value: BIM_SON_2025.planGTSX, source: "illustrative" })
      .run();
    add(bimSon, "GTSX", 2025, "Q1", BIM_SON_2025.gtsxQ1, "official");
    add(bimSon, "GTSX", 2025, "H1", BIM_SON_2025.gtsxH1, "estimate");
  });
  return { bimSon, haVinh };
}
