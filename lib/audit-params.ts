import { z } from "zod";

const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
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
