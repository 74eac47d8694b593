// The vocabulary of the domain: every enumerated value lives here once, and the
// schema, the computation core and the interface all import it from here.

export const PERIODS = ["Q1", "H1", "M9", "FY"] as const;
export type Period = (typeof PERIODS)[number];

/** Last month covered by each reporting period; flows are cumulative from 1 January. */
export const PERIOD_END_MONTH: Record<Period, number> = { Q1: 3, H1: 6, M9: 9, FY: 12 };

export const INDICATOR_GROUPS = ["economy", "culture_society", "environment", "defence_security"] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** Which way is better: more, less, or staying within a range. */
export const DIRECTIONS = ["higher", "lower", "range"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a plan's figure is read: at least (trở lên), at most (dưới), exactly, or between two figures. */
export const COMPARATORS = ["gte", "lte", "eq", "range"] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A flow accumulates through the year (revenue); a level is a value at a date (a rate, income per head). */
export const TIME_BEHAVIOURS = ["flow", "level"] as const;
export type TimeBehaviour = (typeof TIME_BEHAVIOURS)[number];

/** How children's figures combine into a parent's. */
export const AGGREGATIONS = ["sum", "weighted_avg", "share", "none"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/**
 * amount: a value with a unit of measure; ratio: numerator / denominator (in %);
 * count: a number of new things; growth: derived from another indicator (this year / last year − 1).
 */
export const INDICATOR_KINDS = ["amount", "ratio", "count", "growth"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** KH cấp trên giao, KH HĐND giao, KH điều chỉnh (a later HĐND decision replacing its plan). */
export const PLAN_VERSIONS = ["higher_level", "council", "adjusted"] as const;
export type PlanVersion = (typeof PLAN_VERSIONS)[number];

/** ước thực hiện, sơ bộ, chính thức. */
export const FIGURE_STATUSES = ["estimate", "preliminary", "official"] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** An estimate (ước) or a preliminary figure (sơ bộ): shown with its marker until the official one replaces it. */
export function isProvisional(status: FigureStatus | null | undefined): boolean {
  return status === "estimate" || status === "preliminary";
}

/**
 * vượt, đạt, chậm / không đạt: against the expected-by-now figure before Cả năm (tiến độ), against
 * the plan at Cả năm (kế hoạch). lib/verdict.ts gives the words.
 */
export const INDICATOR_STATUSES = ["exceeded", "achieved", "not_achieved"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export const UNIT_TYPES = [
  "province", // tỉnh
  "municipality", // thành phố trực thuộc trung ương
  "urban_district", // quận
  "rural_district", // huyện
  "town", // thị xã
  "provincial_city", // thành phố thuộc tỉnh
  "ward", // phường
  "commune", // xã
  "township", // thị trấn
  "special_zone", // đặc khu
  "residential_group", // tổ dân phố
  "village", // thôn
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const ROLES = ["admin", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Where a figure came from: stated in a source document, derived from what a document states
 * (a plan implied by "bằng 152% KH"), or made up for the demo and marked as such.
 */
export const FIGURE_SOURCES = ["document", "derived", "illustrative"] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";
