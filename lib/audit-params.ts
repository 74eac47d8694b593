import { z } from "zod";
import { dayFromInput } from "./document-date";

const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
/** ISO in the URL; dd/mm/yyyy as the filter form's field is typed, read day first. */
const optionalDate = z
  .string()
  .transform((s) => (!s ? undefined : (dayFromInput(s) ?? undefined)))
  .optional()
  .catch(undefined);

/** The audit page's filters as they appear in the URL; anything malformed is ignored. */
export const auditParamsSchema = z.object({
  unitId: optionalId,
  userId: optionalId,
  indicatorId: optionalId,
  /** Inclusive dates, YYYY-MM-DD, in Vietnam's time zone. */
  from: optionalDate,
  to: optionalDate,
});

export type AuditFilters = z.infer<typeof auditParamsSchema>;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The instants a from/to date filter covers: from the start of `from` to the end of `to`, Vietnam time. */
export function auditTimeRange(filters: AuditFilters): { from?: Date; to?: Date } {
  return {
    from: filters.from ? new Date(Date.parse(`${filters.from}T00:00:00Z`) - VIETNAM_OFFSET_MS) : undefined,
    to: filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 24 * 60 * 60 * 1000 - VIETNAM_OFFSET_MS - 1) : undefined,
  };
}

/** Whether the URL holds a date typed as dd/mm/yyyy: the page then answers with the ISO link of the same filters. */
export function hasTypedDates(raw: Record<string, string | string[] | undefined>, filters: AuditFilters): boolean {
  return (["from", "to"] as const).some((k) => filters[k] !== undefined && raw[k] !== filters[k]);
}

/** The filters as a query string, dates ISO. */
export function auditQuery(filters: AuditFilters): string {
  return new URLSearchParams(Object.entries(filters).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
}
