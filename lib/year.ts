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

/** The years a year picker lists, newest first: every year with data within the years the app keeps. */
export function listedYears(years: readonly number[]): number[] {
  return [...new Set(years)].filter((y) => y >= YEAR_MIN && y <= YEAR_MAX).sort((a, b) => b - a);
}

/**
 * The year a page opens on when none is asked for: the newest year with data up to next year. A
 * plan for a far year (2030, or a typo such as 2099) stays in the pickers but is never the default;
 * null when no year qualifies.
 */
export function defaultYear(years: readonly number[], currentYear: number): number | null {
  return listedYears(years).find((y) => y <= currentYear + 1) ?? null;
}
