import type { Direction, IndicatorGroup } from "@/lib/domain";
import type { IndicatorDef } from "@/lib/report";

/** An indicator as the seed declares it: references to other indicators are by code. */
export type IndicatorSeed = Omit<IndicatorDef, "id" | "baseIndicatorId" | "weightIndicatorId" | "sortOrder"> & {
  /** Code of the indicator that weighs children (weighted averages). */
  weight?: string;
  /** Code of the indicator a growth rate is derived from. */
  base?: string;
};

const flowAmount = (
  code: string,
  nameVi: string,
  nameEn: string,
  measureVi: string,
  measureEn: string,
  decimals: number,
  group: IndicatorGroup = "economy",
): IndicatorSeed => ({
  code, nameVi, nameEn, group, measureVi, measureEn, decimals,
  direction: "higher", timeBehaviour: "flow", aggregation: "sum", kind: "amount",
});

const share = (
  code: string,
  nameVi: string,
  nameEn: string,
  group: IndicatorGroup,
  decimals: number,
  direction: Direction = "higher",
): IndicatorSeed => ({
  code, nameVi, nameEn, group, decimals, direction,
  measureVi: "%", measureEn: "%", timeBehaviour: "level", aggregation: "share", kind: "ratio",
});

/** The indicators the source articles report, in the order of a standard report. */
export const INDICATORS: IndicatorSeed[] = [
  flowAmount("GTSX", "Giá trị sản xuất trên địa bàn", "Production value", "tỷ đồng", "billion VND", 0),
  {
    code: "GTSX_TANG", nameVi: "Tốc độ tăng giá trị sản xuất", nameEn: "Production value growth",
    group: "economy", measureVi: "%", measureEn: "%", direction: "higher", timeBehaviour: "level",
    aggregation: "none", kind: "growth", decimals: 1, base: "GTSX",
  },
  {
    code: "THU_NHAP_BQ", nameVi: "Thu nhập bình quân đầu người", nameEn: "Income per head",
    group: "economy", measureVi: "triệu đồng/người/năm", measureEn: "million VND per person per year",
    direction: "higher", timeBehaviour: "level", aggregation: "weighted_avg", kind: "amount",
    decimals: 1, weight: "DAN_SO",
  },
  {
    code: "DAN_SO", nameVi: "Dân số trung bình", nameEn: "Average population",
    group: "culture_society", measureVi: "người", measureEn: "persons", direction: "higher",
    timeBehaviour: "level", aggregation: "sum", kind: "amount", decimals: 0,
  },
  flowAmount("VON_DAU_TU", "Tổng vốn đầu tư phát triển", "Total development investment", "tỷ đồng", "billion VND", 0),
  flowAmount("THU_NSNN", "Thu ngân sách nhà nước trên địa bàn", "State budget revenue in the area", "tỷ đồng", "billion VND", 3),
  flowAmount("THU_NS_XA", "Thu ngân sách cấp xã, phường", "Commune-level budget revenue", "triệu đồng", "million VND", 0),
  flowAmount("CHI_NS_XA", "Chi ngân sách cấp xã, phường", "Commune-level budget spending", "triệu đồng", "million VND", 0),
  flowAmount("LUOT_KHACH", "Tổng lượt khách du lịch", "Tourist arrivals", "triệu lượt", "million arrivals", 2),
  flowAmount("DOANH_THU_DL", "Doanh thu dịch vụ du lịch", "Tourism service revenue", "tỷ đồng", "billion VND", 0),
  {
    code: "GPMB", nameVi: "Diện tích giải phóng mặt bằng", nameEn: "Land cleared for projects",
    group: "economy", measureVi: "ha", measureEn: "ha", direction: "higher", timeBehaviour: "flow",
    aggregation: "sum", kind: "amount", decimals: 3,
  },
  {
    code: "NGO_NANG_CAP", nameVi: "Số tuyến ngõ, ngách được nâng cấp", nameEn: "Alleys upgraded",
    group: "economy", measureVi: "tuyến", measureEn: "alleys", direction: "higher", timeBehaviour: "flow",
    aggregation: "sum", kind: "count", decimals: 0,
  },
  share("TY_LE_HO_NGHEO", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "Poor-household rate", "culture_society", 2, "lower"),
  {
    code: "HO_CAN_NGHEO_GIAM", nameVi: "Số hộ cận nghèo giảm", nameEn: "Near-poor households lifted out",
    group: "culture_society", measureVi: "hộ", measureEn: "households", direction: "higher",
    timeBehaviour: "flow", aggregation: "sum", kind: "count", decimals: 0,
  },
  {
    code: "PHUONG_ATTP", nameVi: "Số phường được công nhận đạt ATTP nâng cao (thêm mới)",
    nameEn: "Wards newly certified for advanced food safety", group: "culture_society",
    measureVi: "phường", measureEn: "wards", direction: "higher", timeBehaviour: "flow",
    aggregation: "sum", kind: "count", decimals: 0,
  },
  share("KHU_VAN_HOA", "Tỷ lệ khu dân cư đạt danh hiệu khu văn hóa", "Residential areas recognised as cultural areas", "culture_society", 1),
  share("GD_VAN_HOA", "Tỷ lệ hộ đạt danh hiệu gia đình văn hóa", "Households recognised as cultural families", "culture_society", 2),
  share("GD_VAN_HOA_3NAM", "Tỷ lệ hộ đạt gia đình văn hóa 3 năm liên tục", "Cultural families three years running", "culture_society", 2),
  share("BHYT", "Tỷ lệ dân số tham gia bảo hiểm y tế", "Health-insurance coverage", "culture_society", 1),
  share("CTR_THU_GOM", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "Household solid waste collected and treated", "environment", 1),
  share("KDC_ANTT", "Tỷ lệ khu dân cư đạt tiêu chuẩn an toàn về ANTT", "Residential areas meeting the security-and-order standard", "defence_security", 1),
  share("TUYEN_QUAN", "Tỷ lệ hoàn thành chỉ tiêu tuyển quân", "Military recruitment quota fulfilled", "defence_security", 0),
];
