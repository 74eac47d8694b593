// The national dataset's 40 indicators: the 22 of the demo (from the source articles) and 18 more
// of the kinds a province's resolution carries, each with how its figures are made up.
import type { IndicatorGroup } from "@/lib/domain";
import { INDICATORS, type IndicatorSeed } from "@/db/seed/indicators";

/** How the generator invents a unit's figures for an indicator. */
export type Recipe =
  /** Accumulates through the year: `perHead` measure units per inhabitant per year. */
  | { kind: "flow"; perHead: number; shape: "even" | "beach" | "harvest"; only?: "tourism" | "rural"; lower?: boolean }
  /** A share of a count (households, people, areas…) in %, reported at each period end. */
  | { kind: "share"; plan: number; base: "households" | "people" | "areas" | "schools" | "roads" | "children" | "recruits"; lower?: boolean }
  /** A level weighted by population (income per head, doctors per 10.000 people). */
  | { kind: "level"; plan: number }
  /** A level that should stay within a range. */
  | { kind: "range"; lo: number; hi: number }
  | { kind: "population" }
  /** A growth rate derived from its base: only a plan is stored. */
  | { kind: "growth"; plan: number }
  /** New things certified: 0 or 1 a year for a quarter of the units. */
  | { kind: "certified" };

const flow = (
  code: string,
  nameVi: string,
  nameEn: string,
  measureVi: string,
  measureEn: string,
  decimals: number,
  group: IndicatorGroup,
  kind: "amount" | "count" = "amount",
  direction: "higher" | "lower" = "higher",
): IndicatorSeed => ({
  code, nameVi, nameEn, group, measureVi, measureEn, decimals, direction, kind,
  timeBehaviour: "flow", aggregation: "sum",
});

const share = (code: string, nameVi: string, nameEn: string, group: IndicatorGroup, decimals: number, direction: "higher" | "lower" = "higher"): IndicatorSeed => ({
  code, nameVi, nameEn, group, decimals, direction,
  measureVi: "%", measureEn: "%", timeBehaviour: "level", aggregation: "share", kind: "ratio",
});

export const EXTRA_INDICATORS: IndicatorSeed[] = [
  flow("SL_LUONG_THUC", "Sản lượng lương thực có hạt", "Cereal output", "tấn", "tonnes", 0, "economy"),
  flow("DT_GIEO_TRONG", "Diện tích gieo trồng cây hằng năm", "Area sown with annual crops", "ha", "ha", 1, "economy"),
  flow("GT_XUAT_KHAU", "Giá trị xuất khẩu hàng hóa", "Goods exports", "triệu USD", "million USD", 2, "economy"),
  flow("DN_THANH_LAP", "Số doanh nghiệp thành lập mới", "New enterprises", "doanh nghiệp", "enterprises", 0, "economy", "count"),
  flow("LD_VIEC_LAM", "Số lao động được tạo việc làm mới", "New jobs", "người", "persons", 0, "culture_society", "count"),
  flow("TRONG_RUNG", "Diện tích trồng rừng tập trung", "Forest planted", "ha", "ha", 1, "environment"),
  flow("NHA_O_MOI", "Diện tích nhà ở xây dựng mới", "New housing floor area", "nghìn m²", "thousand m²", 1, "economy"),
  share("LD_DAO_TAO", "Tỷ lệ lao động qua đào tạo", "Trained workforce", "culture_society", 1),
  share("TRUONG_CHUAN", "Tỷ lệ trường học đạt chuẩn quốc gia", "Schools meeting the national standard", "culture_society", 1),
  share("NUOC_SACH", "Tỷ lệ hộ dân sử dụng nước sạch", "Households with clean water", "environment", 1),
  share("SUY_DINH_DUONG", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "Stunting among children under 5", "culture_society", 1, "lower"),
  flow("TAI_NAN_GT", "Số vụ tai nạn giao thông", "Road accidents", "vụ", "accidents", 0, "defence_security", "count", "lower"),
  flow("CHAY_NO", "Số vụ cháy, nổ", "Fires and explosions", "vụ", "incidents", 0, "defence_security", "count", "lower"),
  {
    code: "TANG_DAN_SO", nameVi: "Tỷ lệ tăng dân số tự nhiên", nameEn: "Natural population growth",
    group: "culture_society", measureVi: "%", measureEn: "%", direction: "range", timeBehaviour: "level",
    aggregation: "weighted_avg", kind: "amount", decimals: 2, weight: "DAN_SO",
  },
  {
    code: "BAC_SI", nameVi: "Số bác sĩ trên 1 vạn dân", nameEn: "Doctors per 10,000 people",
    group: "culture_society", measureVi: "bác sĩ", measureEn: "doctors", direction: "higher", timeBehaviour: "level",
    aggregation: "weighted_avg", kind: "amount", decimals: 1, weight: "DAN_SO",
  },
  share("BHXH", "Tỷ lệ lao động tham gia bảo hiểm xã hội", "Workers covered by social insurance", "culture_society", 1),
  {
    code: "THU_NS_TANG", nameVi: "Tốc độ tăng thu ngân sách cấp xã", nameEn: "Commune budget revenue growth",
    group: "economy", measureVi: "%", measureEn: "%", direction: "higher", timeBehaviour: "level",
    aggregation: "none", kind: "growth", decimals: 1, base: "THU_NS_XA",
  },
  share("DUONG_CUNG_HOA", "Tỷ lệ đường giao thông nông thôn được cứng hóa", "Rural roads paved", "economy", 1),
];

export const NATIONAL_INDICATORS: IndicatorSeed[] = [...INDICATORS, ...EXTRA_INDICATORS];

export const RECIPES: Record<string, Recipe> = {
  GTSX: { kind: "flow", perHead: 0.15, shape: "even" },
  GTSX_TANG: { kind: "growth", plan: 8 },
  THU_NHAP_BQ: { kind: "level", plan: 60 },
  DAN_SO: { kind: "population" },
  VON_DAU_TU: { kind: "flow", perHead: 0.05, shape: "even" },
  THU_NSNN: { kind: "flow", perHead: 0.004, shape: "even" },
  THU_NS_XA: { kind: "flow", perHead: 0.6, shape: "even" },
  CHI_NS_XA: { kind: "flow", perHead: 0.55, shape: "even" },
  LUOT_KHACH: { kind: "flow", perHead: 0.00004, shape: "beach", only: "tourism" },
  DOANH_THU_DL: { kind: "flow", perHead: 0.06, shape: "beach", only: "tourism" },
  GPMB: { kind: "flow", perHead: 0.0005, shape: "even" },
  NGO_NANG_CAP: { kind: "flow", perHead: 0.0003, shape: "even" },
  TY_LE_HO_NGHEO: { kind: "share", plan: 2, base: "households", lower: true },
  HO_CAN_NGHEO_GIAM: { kind: "flow", perHead: 0.001, shape: "even" },
  PHUONG_ATTP: { kind: "certified" },
  KHU_VAN_HOA: { kind: "share", plan: 70, base: "areas" },
  GD_VAN_HOA: { kind: "share", plan: 90, base: "households" },
  GD_VAN_HOA_3NAM: { kind: "share", plan: 75, base: "households" },
  BHYT: { kind: "share", plan: 93, base: "people" },
  CTR_THU_GOM: { kind: "share", plan: 90, base: "households" },
  KDC_ANTT: { kind: "share", plan: 85, base: "areas" },
  TUYEN_QUAN: { kind: "share", plan: 100, base: "recruits" },
  SL_LUONG_THUC: { kind: "flow", perHead: 0.4, shape: "harvest", only: "rural" },
  DT_GIEO_TRONG: { kind: "flow", perHead: 0.08, shape: "harvest", only: "rural" },
  GT_XUAT_KHAU: { kind: "flow", perHead: 0.002, shape: "even" },
  DN_THANH_LAP: { kind: "flow", perHead: 0.0008, shape: "even" },
  LD_VIEC_LAM: { kind: "flow", perHead: 0.01, shape: "even" },
  TRONG_RUNG: { kind: "flow", perHead: 0.002, shape: "harvest", only: "rural" },
  NHA_O_MOI: { kind: "flow", perHead: 0.0005, shape: "even" },
  LD_DAO_TAO: { kind: "share", plan: 70, base: "people" },
  TRUONG_CHUAN: { kind: "share", plan: 80, base: "schools" },
  NUOC_SACH: { kind: "share", plan: 95, base: "households" },
  SUY_DINH_DUONG: { kind: "share", plan: 15, base: "children", lower: true },
  TAI_NAN_GT: { kind: "flow", perHead: 0.0001, shape: "even", lower: true },
  CHAY_NO: { kind: "flow", perHead: 0.00005, shape: "even", lower: true },
  TANG_DAN_SO: { kind: "range", lo: 0.8, hi: 1.0 },
  BAC_SI: { kind: "level", plan: 10 },
  BHXH: { kind: "share", plan: 35, base: "people" },
  THU_NS_TANG: { kind: "growth", plan: 10 },
  DUONG_CUNG_HOA: { kind: "share", plan: 85, base: "roads" },
};
