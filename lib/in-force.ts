// Which units are in force on a date, and how to name a unit whose code was reused. Units carry
// their validity as ISO dates (validFrom, validTo inclusive, null for "still in force"); the
// date asked about is always passed in, so that "today" is the caller's choice. Pure.
import { toDocumentDate } from "./document-date";
import { UNKNOWN_START } from "./registry";
import { YEAR_MAX, YEAR_MIN } from "./year";


export interface Validity {
  validFrom: string;
  validTo: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "2024-12-31" when it is a real day within the years the app keeps (1990–2100), else null: an
 * "as of" date from a URL or the date field, where anything else means today.
 */
export function parseAsOf(text: string): string | null {
  if (!ISO_DATE.test(text)) return null;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  if (y < YEAR_MIN || y > YEAR_MAX) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : null;
}

/** The year of an ISO date ("2024-03-15" → 2024). */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/**
 * The year a view of the units in force opens on: the latest year with data, or the chosen day's
 * year when an earlier day was chosen (15/03/2024 opens on 2024, not on figures of units that did not yet exist).
 */
export function yearForAsOf(latest: number, asOf: string | undefined): number {
  return asOf === undefined ? latest : Math.min(latest, yearOf(asOf));
}

/** True when the unit exists on `asOf` (an ISO date): on or after its first day, on or before its last. */
export function isInForce(unit: Validity, asOf: string): boolean {
  if (!ISO_DATE.test(asOf)) throw new Error(`not an ISO date: ${asOf}`);
  return unit.validFrom <= asOf && (unit.validTo === null || asOf <= unit.validTo);
}

/**
 * The date whose units a view of a year shows: the year's last day, or `today` while the year is
 * not over (the units that report the year's figures are the ones in force at its end).
 */
export function referenceDateForYear(year: number, today: string): string {
  const lastDay = `${year}-12-31`;
  return today < lastDay ? (today < `${year}-01-01` ? lastDay : today) : lastDay;
}

/** The calendar day in Vietnam of an instant, as an ISO date: what "today" means for officials. */
export function vietnamDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}


export type ValidityLabel =
  | { kind: "until"; date: string }
  | { kind: "from"; date: string }
  | { kind: "between"; from: string; to: string };

/**
 * How to tell apart units that share a code (14812 was Phường Ba Đình until 30/06/2025 and is
 * Phường Bỉm Sơn from 01/07/2025): null when no other unit has the code, else the unit's validity
 * in dd/mm/yyyy, leaving out a start that was never recorded.
 */
export function validityLabel(unit: Validity & { code: string }, sameCode: (Validity & { code: string })[]): ValidityLabel | null {
  const others = sameCode.filter((u) => u.code === unit.code && (u.validFrom !== unit.validFrom || u.validTo !== unit.validTo));
  if (others.length === 0) return null;
  const from = unit.validFrom === UNKNOWN_START ? null : toDocumentDate(unit.validFrom)!;
  const to = unit.validTo === null ? null : toDocumentDate(unit.validTo);
  if (from && to) return { kind: "between", from, to };
  if (to) return { kind: "until", date: to };
  return { kind: "from", date: from ?? toDocumentDate(unit.validFrom)! };
}

/** Units in force on `asOf` first, former ones after, each group in its given order. */
export function inForceFirst<T extends Validity>(list: T[], asOf: string): T[] {
  return [...list.filter((u) => isInForce(u, asOf)), ...list.filter((u) => !isInForce(u, asOf))];
}
