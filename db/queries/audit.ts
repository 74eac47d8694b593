import "server-only";
import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { auditTimeRange, type AuditFilters } from "@/lib/audit-params";
import type { Db } from "../client";
import { auditLog, indicators, units, users } from "../schema";

export interface AuditRow {
  id: number;
  at: number;
  action: string;
  entity: string;
  entityId: number | null;
  user: string | null;
  unitCode: string | null;
  unitName: string | null;
  indicatorCode: string | null;
  before: unknown;
  after: unknown;
}

export const AUDIT_PAGE_SIZE = 200;

/** Changes to actuals, plans, indicators and users, newest first, filtered by unit, user, indicator and date. */
export async function getAuditEntries(db: Db, { filters, limit = AUDIT_PAGE_SIZE }: { filters: AuditFilters; limit?: number }): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  if (filters.unitId) conditions.push(eq(auditLog.unitId, filters.unitId));
  if (filters.userId) conditions.push(eq(auditLog.userId, filters.userId));
  if (filters.indicatorId) conditions.push(eq(auditLog.indicatorId, filters.indicatorId));
  const range = auditTimeRange(filters);
  if (range.from) conditions.push(gte(auditLog.at, range.from));
  if (range.to) conditions.push(lte(auditLog.at, range.to));
  const actor = alias(users, "actor");
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      user: actor.displayName,
      unitCode: units.code,
      unitName: units.name,
      indicatorCode: indicators.code,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.userId))
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .leftJoin(indicators, eq(indicators.id, auditLog.indicatorId))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
  return rows.map((r) => ({ ...r, at: r.at.getTime() }));
}

/** Units that appear in the audit trail, for the filter. */
export async function getAuditUnits(db: Db): Promise<{ id: number; code: string; name: string }[]> {
  return db
    .selectDistinct({ id: units.id, code: units.code, name: units.name })
    .from(auditLog)
    .innerJoin(units, eq(units.id, auditLog.unitId))
    .orderBy(units.code)
    .all();
}
