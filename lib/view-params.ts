import { z } from "zod";
import { dayFromInput } from "./document-date";
import { INDICATOR_STATUSES, PERIODS, UNIT_TYPES } from "./domain";
import { parseAsOf } from "./in-force";
import { PLAN_CHOICES } from "./report";
import { yearSchema } from "./year";

// The shared view of the dashboard, charts and comparison lives in the URL, so a link shows the
// same view. Anything malformed falls back to the defaults instead of failing.

const INDICATOR_CODE = /^[A-Z0-9_]{1,40}$/;

/** "GTSX,THU_NSNN" → ["GTSX", "THU_NSNN"]: at most 12 well-formed codes, duplicates removed. */
const codeList = z
  .preprocess((v) => (Array.isArray(v) ? v.join(",") : v), z.string())
  .transform((s) => [...new Set(s.split(",").map((c) => c.trim().toUpperCase()).filter((c) => INDICATOR_CODE.test(c)))].slice(0, 12))
  .optional()
  .catch(undefined);

const periodSchema = z.enum(PERIODS);
const planSchema = z.enum(PLAN_CHOICES);

export const viewParamsSchema = z.object({
  year: yearSchema.optional().catch(undefined),
  period: periodSchema.optional().catch(undefined),
  plan: planSchema.optional().catch(undefined),
});

/**
 * The day whose units a page shows (?asOf=2024-03-15, as a date field sends it): undefined, meaning
 * today, for anything that is not a real day of 1990–2100, a repeated parameter included.
 */
export const asOfSchema = z.preprocess((v) => (typeof v === "string" ? (parseAsOf(dayFromInput(v) ?? "") ?? undefined) : undefined), z.string().optional());

export const COMPARE_SHOW = ["percent", "value"] as const;
export type CompareShow = (typeof COMPARE_SHOW)[number];

export const compareParamsSchema = viewParamsSchema.extend({
  indicators: codeList,
  show: z.enum(COMPARE_SHOW).optional().catch(undefined),
  /** Column to sort by ("name" or an indicator code), "-" first for descending. */
  sort: z.string().regex(/^-?[A-Za-z0-9_]{1,40}$/).optional().catch(undefined),
  status: z.enum(INDICATOR_STATUSES).optional().catch(undefined),
  type: z.enum(UNIT_TYPES).optional().catch(undefined),
  province: z.string().max(100).optional().catch(undefined),
  q: z.string().max(100).optional().catch(undefined),
  /** Whole country: all commune-level units instead of the unit's children. */
  scope: z.enum(["children", "communes"]).optional().catch(undefined),
  asOf: asOfSchema,
});

export type ViewParams = z.infer<typeof viewParamsSchema>;
export type CompareParams = z.infer<typeof compareParamsSchema>;

/** A query string for the given view, leaving out what is unset, in a stable order. */
export function viewQuery(params: Record<string, string | number | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) {
      if (v.length > 0) search.set(k, v.join(","));
    } else search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

// The dashboard reads its view from the path rather than the query, so that each view of each
// version of the data is rendered once and kept: the proxy turns /units/38?year=2025&period=H1 into
// /units/38/view/<data version>/2025.H1._ ("_" for what is unset). Nothing else links to that path.
const UNSET = "_";

/** The view as one path segment, after the same validation as the query it came from. */
export function dashboardViewSegment(query: Record<string, string | string[] | undefined>): string {
  const view = viewParamsSchema.parse(query);
  return [view.year, view.period, view.plan].map((v) => v ?? UNSET).join(".");
}

/** The view a segment written by dashboardViewSegment stands for; null for anything else, so that no two paths show one view. */
export function parseDashboardViewSegment(segment: string): ViewParams | null {
  const parts = segment.split(".").map((p) => (p === UNSET ? undefined : p));
  if (parts.length !== 3) return null;
  const [year, period, plan] = parts;
  const view = z
    .object({ year: yearSchema.optional(), period: periodSchema.optional(), plan: planSchema.optional() })
    .safeParse({ year, period, plan });
  if (!view.success || dashboardViewSegment({ year, period, plan }) !== segment) return null;
  return view.data;
}

/**
 * The query string that names a typed day (?asOf=15/03/2024) the way links name it (ISO), the rest
 * unchanged; null when the URL already does, or holds no day the app can read.
 */
export function isoDayQuery(raw: Record<string, string | string[] | undefined>, asOf: string | undefined): string | null {
  if (asOf === undefined || raw.asOf === asOf) return null;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string") search.set(k, k === "asOf" ? asOf : v);
  }
  return `?${search.toString()}`;
}
