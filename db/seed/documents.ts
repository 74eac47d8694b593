import type { Comparator, FigureSource, FigureStatus, Period, PlanVersion } from "@/lib/domain";

export interface PlanSeed {
  unit: string;
  indicator: string;
  year: number;
  version: PlanVersion;
  comparator: Comparator;
  value: number;
  valueMax?: number;
  source: FigureSource;
  documentNumber?: string;
  documentDate?: string;
}

export interface ActualSeed {
  unit: string;
  indicator: string;
  year: number;
  period: Period;
  value: number;
  numerator?: number;
  denominator?: number;
  statedValue?: number;
  status: FigureStatus;
  source: FigureSource;
  note?: string;
}

const BIM_SON = "381";
const TRUNG_SON = "14830";
const TRUNG_VUONG = "05443";
const CHANH_LO = "21031";

const bimSon2024 = (indicator: string, comparator: Comparator, value: number): PlanSeed => ({
  unit: BIM_SON, indicator, year: 2024, version: "council", comparator, value, source: "document",
});
const trungSon2024 = (indicator: string, comparator: Comparator, value: number): PlanSeed => ({
  unit: TRUNG_SON, indicator, year: 2024, version: "council", comparator, value, source: "document",
});

/** Plans as the source articles state them (document numbers are not given there). */
export const DOCUMENT_PLANS: PlanSeed[] = [
  // Thị xã Bỉm Sơn, 2024: the town HĐND's targets; land clearance also has the province's own figure.
  bimSon2024("GTSX_TANG", "gte", 12.4),
  bimSon2024("GTSX", "gte", 18964),
  bimSon2024("THU_NHAP_BQ", "gte", 75),
  bimSon2024("VON_DAU_TU", "gte", 5300),
  bimSon2024("TY_LE_HO_NGHEO", "lte", 0.2),
  bimSon2024("PHUONG_ATTP", "gte", 2),
  bimSon2024("KDC_ANTT", "gte", 85),
  { unit: BIM_SON, indicator: "GPMB", year: 2024, version: "higher_level", comparator: "gte", value: 53.026, source: "document" },
  // 53,026 ha assigned by the province plus 40,834 ha the town added itself.
  bimSon2024("GPMB", "gte", 93.86),

  // Phường Trung Sơn, 2024 (HĐND phường resolution, conference of 19/01/2024).
  trungSon2024("GTSX", "gte", 10970),
  trungSon2024("LUOT_KHACH", "gte", 4.05),
  trungSon2024("DOANH_THU_DL", "gte", 6600),
  trungSon2024("THU_NHAP_BQ", "gte", 80),
  trungSon2024("KDC_ANTT", "eq", 100),

  // Phường Trưng Vương, 2023: plans implied by the stated percentages (152% and 100,3%; 315,3% and 125,6%).
  { unit: TRUNG_VUONG, indicator: "THU_NSNN", year: 2023, version: "higher_level", comparator: "gte", value: 27.5, source: "derived" },
  { unit: TRUNG_VUONG, indicator: "THU_NSNN", year: 2023, version: "adjusted", comparator: "gte", value: 41.67, source: "derived" },
  { unit: TRUNG_VUONG, indicator: "THU_NS_XA", year: 2023, version: "higher_level", comparator: "gte", value: 9177, source: "derived" },
  { unit: TRUNG_VUONG, indicator: "THU_NS_XA", year: 2023, version: "adjusted", comparator: "gte", value: 23038, source: "derived" },
  { unit: TRUNG_VUONG, indicator: "CHI_NS_XA", year: 2023, version: "higher_level", comparator: "gte", value: 9177, source: "derived" },
  { unit: TRUNG_VUONG, indicator: "CHI_NS_XA", year: 2023, version: "adjusted", comparator: "gte", value: 23038, source: "derived" },

  // Phường Chánh Lộ, 2023: military recruitment at 100% of the quota.
  { unit: CHANH_LO, indicator: "TUYEN_QUAN", year: 2023, version: "higher_level", comparator: "eq", value: 100, source: "document" },
];

const trungVuong2023 = (indicator: string, value: number, extra: Partial<ActualSeed> = {}): ActualSeed => ({
  unit: TRUNG_VUONG, indicator, year: 2023, period: "FY", value, status: "estimate", source: "document", ...extra,
});

/** Actuals as the source articles state them. */
export const DOCUMENT_ACTUALS: ActualSeed[] = [
  trungVuong2023("THU_NSNN", 41.795),
  trungVuong2023("THU_NS_XA", 28936),
  trungVuong2023("CHI_NS_XA", 28936),
  trungVuong2023("NGO_NANG_CAP", 4),
  trungVuong2023("HO_CAN_NGHEO_GIAM", 6),
  trungVuong2023("KHU_VAN_HOA", 70, { numerator: 7, denominator: 10 }),
  // The article states 96,46% and 91,77%; the counts give 95,79% and 79,35%. Both are kept.
  trungVuong2023("GD_VAN_HOA", (2570 / 2683) * 100, { numerator: 2570, denominator: 2683, statedValue: 96.46 }),
  trungVuong2023("GD_VAN_HOA_3NAM", (2129 / 2683) * 100, { numerator: 2129, denominator: 2683, statedValue: 91.77 }),
  { unit: CHANH_LO, indicator: "TUYEN_QUAN", year: 2023, period: "FY", value: 100, status: "official", source: "document" },
];
