// Reporting periods of a year: Quý I, 6 tháng, 9 tháng, Cả năm. Flows are cumulative from
// 1 January, so each period covers the months up to its end month.
import { PERIODS, PERIOD_END_MONTH, type Period } from "./domain";

export function isPeriod(value: unknown): value is Period {
  return typeof value === "string" && (PERIODS as readonly string[]).includes(value);
}

export function periodEndMonth(p: Period): number {
  return PERIOD_END_MONTH[p];
}

/** Q1 = 0, H1 = 1, M9 = 2, FY = 3. */
export function periodIndex(p: Period): number {
  return PERIODS.indexOf(p);
}

export function previousPeriod(p: Period): Period | null {
  const i = periodIndex(p);
  return i > 0 ? (PERIODS[i - 1] ?? null) : null;
}

/** Share of the year elapsed at the end of the period: what a flow spread evenly would have reached. */
export function straightShare(p: Period): number {
  return periodEndMonth(p) / 12;
}

/** The periods from Q1 up to and including `p`. */
export function periodsUpTo(p: Period): Period[] {
  return PERIODS.slice(0, periodIndex(p) + 1);
}
