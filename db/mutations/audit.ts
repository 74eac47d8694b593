import type { Db } from "../client";
import { auditLog } from "../schema";

export interface AuditInput {
  /** Null for the system: a command run on the server, not by a signed-in user. */
  userId: number | null;
  action: string;
  entity: "actual" | "plan" | "indicator" | "user" | "registry" | "document";
  entityId: number | null;
  unitId?: number | null;
  indicatorId?: number | null;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

/** One row of the append-only audit trail; call it inside the transaction that makes the change. */
export function writeAudit(tx: Db, entry: AuditInput): void {
  tx.insert(auditLog)
    .values({
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      unitId: entry.unitId ?? null,
      indicatorId: entry.indicatorId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      at: entry.at ?? new Date(),
    })
    .run();
}
