// The seed localities after the 2025 reform: the provinces and commune-level units that took over
// the seed wards, with the package's official codes and names (so that `npm run db:import-registry`
// finds them and changes nothing), the lineage that ties them to the seed wards, and illustrative
// plans and quarterly actuals for 2025 (the units exist from 01/07/2025) and 2026 (the year is still
// running: no full-year figure yet). Made up like the seed's other ward figures, stored as illustrative.
import type { Period, PlanVersion, UnitType } from "@/lib/domain";
import { PRE_REFORM_LAST_DAY, REFORM_EFFECTIVE_DATE, REFORM_LEGAL_BASIS, UNKNOWN_START } from "@/lib/registry";
import type { ActualSeed, PlanSeed } from "./documents";

/** Seed key of a unit formed by the reform: its code is not unique (14812 was Ba Đình before it was Bỉm Sơn). */
export const successorKey = (code: string): string => `${code}@${REFORM_EFFECTIVE_DATE}`;

export interface ReformUnitSeed {
  code: string;
  name: string;
  type: UnitType;
  communes: { code: string; name: string; type: UnitType; predecessors: string[] }[];
}

/** Provinces and communes in force from 01/07/2025 that took over the seed's wards, with their predecessors' codes. */
export const POST_REFORM_TREE: ReformUnitSeed[] = [
  {
    code: "38",
    name: "Tỉnh Thanh Hóa",
    type: "province",
    communes: [
      { code: "14812", name: "Phường Bỉm Sơn", type: "ward", predecessors: ["14812", "14815", "14821", "15277"] },
      { code: "14818", name: "Phường Quang Trung", type: "ward", predecessors: ["14809", "14818", "14823", "14824"] },
      { code: "16531", name: "Phường Sầm Sơn", type: "ward", predecessors: ["14830", "14833", "14836", "14839", "14842", "16528", "16531"] },
      { code: "16516", name: "Phường Nam Sầm Sơn", type: "ward", predecessors: ["16534"] },
    ],
  },
  {
    code: "19",
    name: "Tỉnh Thái Nguyên",
    type: "province",
    communes: [{ code: "05443", name: "Phường Phan Đình Phùng", type: "ward", predecessors: ["05437", "05440", "05443", "05446", "05449"] }],
  },
  {
    code: "51",
    name: "Tỉnh Quảng Ngãi",
    type: "province",
    communes: [
      { code: "21025", name: "Phường Cẩm Thành", type: "ward", predecessors: ["21019", "21022", "21025", "21031"] },
      { code: "21028", name: "Phường Nghĩa Lộ", type: "ward", predecessors: ["21028"] },
    ],
  },
  {
    code: "48",
    name: "Thành phố Đà Nẵng",
    type: "municipality",
    communes: [{ code: "20656", name: "Xã Nông Sơn", type: "commune", predecessors: ["20656"] }],
  },
];

/**
 * Xã Hà Vinh (huyện Hà Trung) merged into Phường Bỉm Sơn; its district is not in the seed and codes
 * are never invented, so it has no parent, as the registry import places such units.
 */
export const FORMER_UNITS = [
  { code: "15277", name: "Xã Hà Vinh", type: "commune" as const, level: 3, validFrom: UNKNOWN_START, validTo: PRE_REFORM_LAST_DAY },
];

export const REFORM_LINEAGE = { effectiveDate: REFORM_EFFECTIVE_DATE, legalBasis: REFORM_LEGAL_BASIS };

/** Xã Hà Vinh's production value (tỷ đồng), so that Phường Bỉm Sơn's same-period roll-up is complete. */
export const HA_VINH_GTSX = { 2023: 640, 2024: 720 } as const;
/** Phường Bỉm Sơn's first plan and figures (tỷ đồng), reported for the whole of 2025 by the new ward. */
export const BIM_SON_2025 = { planGTSX: 12500, gtsxQ1: 2700, gtsxH1: 6050, gtsxM9: 9280, gtsxFY: 12960 } as const;

const SHAPE: Record<Period, number> = { Q1: 0.22, H1: 0.49, M9: 0.74, FY: 1 };
const BEACH: Record<Period, number> = { Q1: 0.075, H1: 0.5, M9: 0.92, FY: 1 };
const SO_FAR_2026: Period[] = ["Q1", "H1", "M9"];
const ALL: Period[] = ["Q1", "H1", "M9", "FY"];

const plan = (unit: string, indicator: string, year: number, value: number, version: PlanVersion = "council"): PlanSeed => ({
  unit,
  indicator,
  year,
  version,
  comparator: "gte",
  value,
  source: "illustrative",
});

function flow(unit: string, indicator: string, year: number, fullYear: number, shape: Record<Period, number>, periods: Period[], decimals = 0): ActualSeed[] {
  return periods.map((period) => ({
    unit,
    indicator,
    year,
    period,
    value: Number((fullYear * shape[period]).toFixed(decimals)),
    // The latest period of the running year is still an estimate.
    status: year === 2026 && period === "M9" ? "estimate" : "official",
    source: "illustrative",
  }));
}

const level = (unit: string, indicator: string, year: number, value: number): ActualSeed => ({
  unit,
  indicator,
  year,
  period: "FY",
  value,
  status: "official",
  source: "illustrative",
});

interface SuccessorFigures {
  code: string;
  /** Production value (tỷ đồng): 2025 plan and result, 2026 plan; 2026's pace against it (below 1 behind). */
  gtsx: { plan2025: number; actual2025: number; plan2026: number; pace2026: number };
  population: number;
  income: { actual2025: number; plan2026: number };
}

const SUCCESSORS: SuccessorFigures[] = [
  { code: "14818", gtsx: { plan2025: 8300, actual2025: 8420, plan2026: 9100, pace2026: 0.9 }, population: 29600, income: { actual2025: 74.5, plan2026: 79 } },
  { code: "16531", gtsx: { plan2025: 32000, actual2025: 33150, plan2026: 35500, pace2026: 1.04 }, population: 61200, income: { actual2025: 86, plan2026: 91 } },
  { code: "16516", gtsx: { plan2025: 6100, actual2025: 5890, plan2026: 6600, pace2026: 0.86 }, population: 38400, income: { actual2025: 64, plan2026: 70 } },
  { code: "05443", gtsx: { plan2025: 21000, actual2025: 21400, plan2026: 23000, pace2026: 0.97 }, population: 84500, income: { actual2025: 92, plan2026: 97 } },
  { code: "21025", gtsx: { plan2025: 15800, actual2025: 15500, plan2026: 17000, pace2026: 0.93 }, population: 71000, income: { actual2025: 80, plan2026: 85 } },
  { code: "21028", gtsx: { plan2025: 7400, actual2025: 7520, plan2026: 8100, pace2026: 1.01 }, population: 36800, income: { actual2025: 76, plan2026: 81 } },
  { code: "20656", gtsx: { plan2025: 1450, actual2025: 1410, plan2026: 1600, pace2026: 0.88 }, population: 17800, income: { actual2025: 48, plan2026: 53 } },
];

export function reformFigures(): { plans: PlanSeed[]; actuals: ActualSeed[] } {
  const plans: PlanSeed[] = [];
  const actuals: ActualSeed[] = [];

  const HA_VINH = "15277";
  for (const year of [2023, 2024] as const) {
    actuals.push(...flow(HA_VINH, "GTSX", year, HA_VINH_GTSX[year], SHAPE, ALL));
    actuals.push(level(HA_VINH, "DAN_SO", year, year === 2023 ? 6100 : 6150), level(HA_VINH, "THU_NHAP_BQ", year, year === 2023 ? 58.5 : 62));
  }

  const bimSon = successorKey("14812");
  plans.push(plan(bimSon, "GTSX", 2025, BIM_SON_2025.planGTSX), plan(bimSon, "GTSX", 2026, 14000), plan(bimSon, "THU_NHAP_BQ", 2026, 82));
  actuals.push(
    { unit: bimSon, indicator: "GTSX", year: 2025, period: "Q1", value: BIM_SON_2025.gtsxQ1, status: "official", source: "illustrative" },
    { unit: bimSon, indicator: "GTSX", year: 2025, period: "H1", value: BIM_SON_2025.gtsxH1, status: "estimate", source: "illustrative" },
    { unit: bimSon, indicator: "GTSX", year: 2025, period: "M9", value: BIM_SON_2025.gtsxM9, status: "official", source: "illustrative" },
    { unit: bimSon, indicator: "GTSX", year: 2025, period: "FY", value: BIM_SON_2025.gtsxFY, status: "official", source: "illustrative" },
    ...flow(bimSon, "GTSX", 2026, 14000 * 1.02, SHAPE, SO_FAR_2026),
    level(bimSon, "DAN_SO", 2025, 33100),
    level(bimSon, "THU_NHAP_BQ", 2025, 77.8),
  );

  for (const s of SUCCESSORS) {
    const key = successorKey(s.code);
    const shape = s.code === "16531" || s.code === "16516" ? BEACH : SHAPE;
    plans.push(plan(key, "GTSX", 2025, s.gtsx.plan2025), plan(key, "GTSX", 2026, s.gtsx.plan2026), plan(key, "THU_NHAP_BQ", 2026, s.income.plan2026));
    // 2025 from the new unit's first report, at the end of September, on.
    actuals.push(...flow(key, "GTSX", 2025, s.gtsx.actual2025, shape, ["M9", "FY"]));
    actuals.push(...flow(key, "GTSX", 2026, s.gtsx.plan2026 * s.gtsx.pace2026, shape, SO_FAR_2026));
    actuals.push(level(key, "DAN_SO", 2025, s.population), level(key, "THU_NHAP_BQ", 2025, s.income.actual2025));
  }
  return { plans, actuals };
}
