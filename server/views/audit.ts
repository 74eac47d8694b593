import "server-only";
import { AUDIT_PAGE_SIZE, getAuditEntries, getAuditUnits, type AuditRow } from "@/db/queries/audit";
import { listIndicators, type IndicatorListItem } from "@/db/queries/indicators";
import { listUsers } from "@/db/queries/users";
import type { AuditFilters } from "@/lib/audit-params";
import type { ViewContext } from "./context";

export { AUDIT_PAGE_SIZE, type AuditRow };

export interface AuditView {
  /** The newest changes that pass the filters, at most AUDIT_PAGE_SIZE. */
  entries: AuditRow[];
  /** What the filters offer: the units in the trail, every account, every indicator. */
  units: { id: number; code: string; name: string }[];
  users: { id: number; username: string; displayName: string }[];
  indicators: IndicatorListItem[];
}

/** The audit trail page: the filtered changes and the choices of its filters. */
export async function auditView(ctx: ViewContext, { filters }: { filters: AuditFilters }): Promise<AuditView> {
  const [entries, units, users, indicators] = await Promise.all([
    getAuditEntries(ctx.db, { filters }),
    getAuditUnits(ctx.db),
    listUsers(ctx.db),
    listIndicators(ctx.db),
  ]);
  return { entries, units, users, indicators };
}

/** The filtered audit trail as the export writes it: every change, not one page of them. */
export function auditExport(ctx: ViewContext, { filters }: { filters: AuditFilters }): Promise<AuditRow[]> {
  return getAuditEntries(ctx.db, { filters, limit: 100_000 });
}
