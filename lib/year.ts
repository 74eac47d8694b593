// The one rule for a plan or report year, wherever a year comes in: a form, an uploaded file, a URL.
import { z } from "zod";

export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

/** A year as typed or posted ("2025"), within the years the app keeps. */
export const yearSchema = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);

/** A year as a template cell holds it: four digits, nothing else, within the same range. */
export function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const parsed = yearSchema.safeParse(text.trim());
  return parsed.success ? parsed.data : null;
}

/**
 * The years a page may open on by default, newest first: a stray plan for a far year (9999, or a
 * typo for next year + 10) never becomes the default view; it stays reachable through the URL.
 */
export function defaultableYears(years: readonly number[], currentYear: number): number[] {
  return years.filter((y) => y >= YEAR_MIN && y <= Math.min(YEAR_MAX, currentYear + 1)).sort((a, b) => b - a);
}
