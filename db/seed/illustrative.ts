// Illustrative figures so that the demo shows every behaviour: quarterly actuals for 2023 and
// 2024, wards ahead and behind, seasonal tourism, estimates not yet replaced. They are made up,
// stored with source "illustrative", and the interface marks them as such.
import type { Comparator, FigureStatus, Period, PlanVersion } from "@/lib/domain";
import type { ActualSeed, PlanSeed } from "./documents";

type Cumulative = Record<Period, number>;

/** Cumulative share of the year's flow by the end of each period. */
const EVEN: Cumulative = { Q1: 0.22, H1: 0.49, M9: 0.74, FY: 1 };
const EVEN_2023: Cumulative = { Q1: 0.23, H1: 0.48, M9: 0.74, FY: 1 };
// Sầm Sơn's beaches fill from May to August.
const BEACH_SEASON: Cumulative = { Q1: 0.07, H1: 0.52, M9: 0.93, FY: 1 };
// 2024 opened a little stronger than 2023.
const BEACH_SEASON_2024: Cumulative = { Q1: 0.075, H1: 0.5, M9: 0.92, FY: 1 };
const PERIODS_ALL: Period[] = ["Q1", "H1", "M9", "FY"];

const plan = (
  unit: string,
  indicator: string,
  value: number,
  comparator: Comparator = "gte",
  version: PlanVersion = "council",
): PlanSeed => ({ unit, indicator, year: 2024, version, comparator, value, source: "illustrative" });

const figure = (
  unit: string,
  indicator: string,
  year: number,
  period: Period,
  value: number,
  status: FigureStatus,
  extra: Partial<ActualSeed> = {},
): ActualSeed => ({ unit, indicator, year, period, value, status, source: "illustrative", ...extra });

/** 2024 figures: the full year is still an estimate where `fyStatus` says so. */
const statusFor = (year: number, period: Period, fyStatus: FigureStatus): FigureStatus =>
  year === 2024 && period === "FY" ? fyStatus : "official";

function flow(
  unit: string,
  indicator: string,
  year: number,
  fullYear: number,
  shape: Cumulative,
  decimals: number,
  fyStatus: FigureStatus = "estimate",
): ActualSeed[] {
  const round = (v: number) => Number(v.toFixed(decimals));
  return PERIODS_ALL.map((p) => figure(unit, indicator, year, p, round(fullYear * shape[p]), statusFor(year, p, fyStatus)));
}

function ratio(
  unit: string,
  indicator: string,
  year: number,
  period: Period,
  numerator: number,
  denominator: number,
  fyStatus: FigureStatus = "estimate",
): ActualSeed {
  return figure(unit, indicator, year, period, (numerator / denominator) * 100, statusFor(year, period, fyStatus), {
    numerator,
    denominator,
  });
}

// --- Thị xã Bỉm Sơn and its wards -------------------------------------------------------------

interface BimSonWard {
  code: string;
  /** The ward's 2024 production-value plan (tỷ đồng); together they fall 544 tỷ short of the town's 18.964. */
  productionPlan: number;
  /** How the ward performs against its plan in 2024: above 1 ahead, below 1 behind. */
  pace: number;
  population: number;
  households: number;
  poor2023: number;
  poor2024: number;
  poorPlan: number;
  areas: number;
  safeAreas2024: number;
  income2023: number;
  incomePlan: number;
  /**
   * How income per head does against its plan, on its own: a ward ahead on production is not
   * necessarily ahead on income, and the demo should not make them move together.
   */
  incomePace: number;
  fyStatus: FigureStatus;
}

const BIM_SON_WARDS: BimSonWard[] = [
  { code: "14809", productionPlan: 3150, pace: 1.03, population: 8900, households: 2480, poor2023: 8, poor2024: 3, poorPlan: 0.2, areas: 12, safeAreas2024: 10, income2023: 70.2, incomePlan: 76, incomePace: 0.97, fyStatus: "preliminary" },
  { code: "14812", productionPlan: 4380, pace: 1.06, population: 10400, households: 2890, poor2023: 5, poor2024: 2, poorPlan: 0.15, areas: 13, safeAreas2024: 12, income2023: 72.5, incomePlan: 78, incomePace: 1.0, fyStatus: "official" },
  { code: "14815", productionPlan: 3620, pace: 0.98, population: 9700, households: 2700, poor2023: 9, poor2024: 4, poorPlan: 0.2, areas: 11, safeAreas2024: 9, income2023: 69.8, incomePlan: 75, incomePace: 1.04, fyStatus: "estimate" },
  { code: "14818", productionPlan: 2270, pace: 0.91, population: 7800, households: 2170, poor2023: 12, poor2024: 8, poorPlan: 0.3, areas: 10, safeAreas2024: 7, income2023: 66.1, incomePlan: 72, incomePace: 0.98, fyStatus: "estimate" },
  { code: "14821", productionPlan: 2460, pace: 1.01, population: 6900, households: 1920, poor2023: 6, poor2024: 3, poorPlan: 0.2, areas: 9, safeAreas2024: 8, income2023: 68.4, incomePlan: 74, incomePace: 0.98, fyStatus: "preliminary" },
  { code: "14823", productionPlan: 1680, pace: 0.96, population: 7300, households: 2030, poor2023: 10, poor2024: 5, poorPlan: 0.25, areas: 10, safeAreas2024: 8, income2023: 67.0, incomePlan: 73, incomePace: 1.03, fyStatus: "estimate" },
  { code: "14824", productionPlan: 860, pace: 1.02, population: 5600, households: 1560, poor2023: 14, poor2024: 6, poorPlan: 0.35, areas: 8, safeAreas2024: 6, income2023: 62.3, incomePlan: 70, incomePace: 0.99, fyStatus: "estimate" },
];

const BIM_SON = "381";
// The wards' 2023 production was about 1/1,115 of their 2024 plans.
const BIM_SON_2023_FACTOR = 1 / 1.115;

function bimSon(): { plans: PlanSeed[]; actuals: ActualSeed[] } {
  const plans: PlanSeed[] = [];
  const actuals: ActualSeed[] = [];
  for (const w of BIM_SON_WARDS) {
    plans.push(
      plan(w.code, "GTSX", w.productionPlan, "gte", "higher_level"),
      plan(w.code, "THU_NHAP_BQ", w.incomePlan, "gte", "higher_level"),
      plan(w.code, "TY_LE_HO_NGHEO", w.poorPlan, "lte", "higher_level"),
      plan(w.code, "KDC_ANTT", 85, "gte", "higher_level"),
    );
    actuals.push(
      ...flow(w.code, "GTSX", 2023, Math.round(w.productionPlan * BIM_SON_2023_FACTOR), EVEN_2023, 0),
      ...flow(w.code, "GTSX", 2024, Math.round(w.productionPlan * w.pace), EVEN, 0, w.fyStatus),
      figure(w.code, "DAN_SO", 2023, "FY", Math.round(w.population * 0.99), "official"),
      figure(w.code, "DAN_SO", 2024, "FY", w.population, statusFor(2024, "FY", w.fyStatus)),
      figure(w.code, "THU_NHAP_BQ", 2023, "FY", w.income2023, "official"),
      figure(w.code, "THU_NHAP_BQ", 2024, "H1", Number((w.income2023 * 1.04).toFixed(1)), "official"),
      figure(w.code, "THU_NHAP_BQ", 2024, "FY", Number((w.incomePlan * w.incomePace).toFixed(1)), statusFor(2024, "FY", w.fyStatus)),
      ratio(w.code, "TY_LE_HO_NGHEO", 2023, "FY", w.poor2023, w.households - 25),
      ratio(w.code, "TY_LE_HO_NGHEO", 2024, "H1", Math.ceil((w.poor2023 + w.poor2024) / 2), w.households - 10),
      ratio(w.code, "TY_LE_HO_NGHEO", 2024, "FY", w.poor2024, w.households, w.fyStatus),
      ratio(w.code, "KDC_ANTT", 2023, "FY", w.safeAreas2024 - 1, w.areas),
      ratio(w.code, "KDC_ANTT", 2024, "H1", w.safeAreas2024 - 1, w.areas),
      ratio(w.code, "KDC_ANTT", 2024, "FY", w.safeAreas2024, w.areas, w.fyStatus),
    );
  }
  // The town reports its own figures; for additive flows they are its wards' totals.
  actuals.push(...townTotals(actuals, ["GTSX", "DAN_SO"], BIM_SON));
  actuals.push(
    ...townShares(actuals, ["TY_LE_HO_NGHEO", "KDC_ANTT"], BIM_SON),
    ...townWeightedIncome(actuals, BIM_SON),
    ...flow(BIM_SON, "VON_DAU_TU", 2023, 4900, EVEN_2023, 0),
    ...flow(BIM_SON, "VON_DAU_TU", 2024, 5420, { Q1: 0.18, H1: 0.43, M9: 0.72, FY: 1 }, 0),
    ...flow(BIM_SON, "GPMB", 2024, 86.3, { Q1: 0.097, H1: 0.362, M9: 0.645, FY: 1 }, 3),
    ...[0, 1, 1, 2].map((n, i) => figure(BIM_SON, "PHUONG_ATTP", 2024, PERIODS_ALL[i]!, n, statusFor(2024, PERIODS_ALL[i]!, "estimate"))),
  );
  return { plans, actuals };
}

function townTotals(wardFigures: ActualSeed[], indicators: string[], town: string): ActualSeed[] {
  const totals = new Map<string, ActualSeed>();
  for (const f of wardFigures) {
    if (!indicators.includes(f.indicator)) continue;
    const key = `${f.indicator}|${f.year}|${f.period}`;
    const t = totals.get(key);
    if (t) {
      t.value += f.value;
      // The town's figure is only as final as its least final ward figure.
      if (f.status === "estimate" || (f.status === "preliminary" && t.status === "official")) t.status = f.status;
    } else totals.set(key, { ...f, unit: town });
  }
  return [...totals.values()];
}

function townShares(wardFigures: ActualSeed[], indicators: string[], town: string): ActualSeed[] {
  const byKey = new Map<string, { n: number; d: number; f: ActualSeed }>();
  for (const f of wardFigures) {
    if (!indicators.includes(f.indicator) || f.numerator == null || f.denominator == null) continue;
    const key = `${f.indicator}|${f.year}|${f.period}`;
    const acc = byKey.get(key) ?? { n: 0, d: 0, f: { ...f, unit: town, status: "estimate" as FigureStatus } };
    acc.n += f.numerator;
    acc.d += f.denominator;
    byKey.set(key, acc);
  }
  return [...byKey.values()].map(({ n, d, f }) => ({
    ...f,
    numerator: n,
    denominator: d,
    value: (n / d) * 100,
    status: f.year === 2023 || f.period !== "FY" ? "official" : "estimate",
  }));
}

function townWeightedIncome(wardFigures: ActualSeed[], town: string): ActualSeed[] {
  const out: ActualSeed[] = [];
  for (const year of [2023, 2024]) {
    let sum = 0;
    let weight = 0;
    for (const inc of wardFigures.filter((f) => f.indicator === "THU_NHAP_BQ" && f.year === year && f.period === "FY")) {
      const pop = wardFigures.find((f) => f.indicator === "DAN_SO" && f.year === year && f.period === "FY" && f.unit === inc.unit);
      if (!pop) continue;
      sum += inc.value * pop.value;
      weight += pop.value;
    }
    out.push(figure(town, "THU_NHAP_BQ", year, "FY", Number((sum / weight).toFixed(1)), year === 2023 ? "official" : "estimate"));
  }
  return out;
}

// --- Thành phố Sầm Sơn: Phường Trung Sơn and its neighbours -------------------------------------

interface BeachWard {
  code: string;
  arrivals2023: number;
  arrivalsPlan: number;
  revenue2023: number;
  revenuePlan: number;
  production2023: number;
  productionPlan: number;
  pace: number;
}

const SAM_SON_WARDS: BeachWard[] = [
  // Trung Sơn's 2024 plans are the documented ones; 2023 and the actuals are illustrative.
  { code: "14830", arrivals2023: 3.72, arrivalsPlan: 4.05, revenue2023: 5980, revenuePlan: 6600, production2023: 9850, productionPlan: 10970, pace: 1.02 },
  { code: "14833", arrivals2023: 1.95, arrivalsPlan: 2.1, revenue2023: 2870, revenuePlan: 3150, production2023: 5120, productionPlan: 5600, pace: 0.97 },
  { code: "14836", arrivals2023: 2.4, arrivalsPlan: 2.6, revenue2023: 3410, revenuePlan: 3800, production2023: 6010, productionPlan: 6650, pace: 1.04 },
  { code: "14839", arrivals2023: 0.82, arrivalsPlan: 0.9, revenue2023: 930, revenuePlan: 1050, production2023: 2240, productionPlan: 2450, pace: 0.93 },
  { code: "14842", arrivals2023: 0.64, arrivalsPlan: 0.7, revenue2023: 700, revenuePlan: 780, production2023: 1890, productionPlan: 2080, pace: 1.0 },
];

const TRUNG_SON = "14830";

function samSon(): { plans: PlanSeed[]; actuals: ActualSeed[] } {
  const plans: PlanSeed[] = [];
  const actuals: ActualSeed[] = [];
  for (const w of SAM_SON_WARDS) {
    if (w.code !== TRUNG_SON) {
      plans.push(
        plan(w.code, "LUOT_KHACH", w.arrivalsPlan),
        plan(w.code, "DOANH_THU_DL", w.revenuePlan),
        plan(w.code, "GTSX", w.productionPlan),
      );
    }
    actuals.push(
      ...flow(w.code, "LUOT_KHACH", 2023, w.arrivals2023, BEACH_SEASON, 2),
      ...flow(w.code, "LUOT_KHACH", 2024, w.arrivalsPlan * w.pace, BEACH_SEASON_2024, 2),
      ...flow(w.code, "DOANH_THU_DL", 2023, w.revenue2023, BEACH_SEASON, 0),
      ...flow(w.code, "DOANH_THU_DL", 2024, w.revenuePlan * w.pace * 0.99, BEACH_SEASON_2024, 0),
      ...flow(w.code, "GTSX", 2023, w.production2023, { Q1: 0.15, H1: 0.5, M9: 0.85, FY: 1 }, 0),
      ...flow(w.code, "GTSX", 2024, w.productionPlan * w.pace, { Q1: 0.14, H1: 0.49, M9: 0.86, FY: 1 }, 0),
    );
  }
  actuals.push(
    figure(TRUNG_SON, "THU_NHAP_BQ", 2023, "FY", 76.5, "official"),
    figure(TRUNG_SON, "THU_NHAP_BQ", 2024, "H1", 78.9, "official"),
    figure(TRUNG_SON, "THU_NHAP_BQ", 2024, "FY", 81.2, "estimate"),
    ratio(TRUNG_SON, "KDC_ANTT", 2023, "FY", 13, 14),
    ratio(TRUNG_SON, "KDC_ANTT", 2024, "H1", 13, 14),
    ratio(TRUNG_SON, "KDC_ANTT", 2024, "FY", 14, 14),
  );
  return { plans, actuals };
}

// --- Thị trấn Trung Phước and Phường Chánh Lộ ----------------------------------------------------

function others(): { plans: PlanSeed[]; actuals: ActualSeed[] } {
  const TRUNG_PHUOC = "20656";
  const CHANH_LO = "21031";
  return {
    plans: [
      // "phấn đấu hoàn thành dự toán năm": the budget estimate, by the district and by the HĐND.
      plan(TRUNG_PHUOC, "THU_NS_XA", 4850, "gte", "higher_level"),
      plan(TRUNG_PHUOC, "THU_NS_XA", 5200, "gte", "council"),
      plan(CHANH_LO, "THU_NS_XA", 6400, "gte", "higher_level"),
      plan(CHANH_LO, "BHYT", 93.5),
      plan(CHANH_LO, "TY_LE_HO_NGHEO", 0.5, "lte"),
      plan(CHANH_LO, "TUYEN_QUAN", 100, "eq", "higher_level"),
    ],
    actuals: [
      ...flow(TRUNG_PHUOC, "THU_NS_XA", 2023, 4300, EVEN_2023, 0),
      ...flow(TRUNG_PHUOC, "THU_NS_XA", 2024, 5310, { Q1: 0.2, H1: 0.47, M9: 0.72, FY: 1 }, 0),
      ...flow(CHANH_LO, "THU_NS_XA", 2023, 5900, EVEN_2023, 0),
      ...flow(CHANH_LO, "THU_NS_XA", 2024, 6150, { Q1: 0.21, H1: 0.44, M9: 0.69, FY: 1 }, 0),
      ratio(CHANH_LO, "BHYT", 2023, "FY", 11620, 12750),
      ratio(CHANH_LO, "BHYT", 2024, "H1", 11790, 12810),
      ratio(CHANH_LO, "BHYT", 2024, "M9", 11880, 12820),
      ratio(CHANH_LO, "TY_LE_HO_NGHEO", 2023, "FY", 21, 3540),
      ratio(CHANH_LO, "TY_LE_HO_NGHEO", 2024, "H1", 19, 3552),
      ratio(CHANH_LO, "TY_LE_HO_NGHEO", 2024, "FY", 16, 3561),
      figure(CHANH_LO, "TUYEN_QUAN", 2024, "H1", 100, "official"),
    ],
  };
}

export function illustrativeFigures(): { plans: PlanSeed[]; actuals: ActualSeed[] } {
  const parts = [bimSon(), samSon(), others()];
  return { plans: parts.flatMap((p) => p.plans), actuals: parts.flatMap((p) => p.actuals) };
}
