import "server-only";
import { eq, max } from "drizzle-orm";
import type { IndicatorForm, IndicatorToleranceForm } from "@/lib/indicator-params";
import type { Db } from "../client";
import { indicators } from "../schema";
import { writeAudit } from "./audit";

export type CreateIndicatorResult =
  | { ok: true; indicatorId: number }
  | { ok: false; field: "code" | "baseIndicatorId" | "weightIndicatorId"; reason: "code_taken" | "unknown_indicator" };

/** Adds an indicator at the end of the report order, audited, in one transaction. */
export async function createIndicator(db: Db, { indicator, userId }: { indicator: IndicatorForm; userId: number }): Promise<CreateIndicatorResult> {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const exists = (id: number) => t.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, id)).all().length > 0;
      if (t.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, indicator.code)).all().length > 0) {
        return { ok: false as const, field: "code" as const, reason: "code_taken" as const };
      }
      if (indicator.baseIndicatorId !== null && !exists(indicator.baseIndicatorId)) {
        return { ok: false as const, field: "baseIndicatorId" as const, reason: "unknown_indicator" as const };
      }
      if (indicator.weightIndicatorId !== null && !exists(indicator.weightIndicatorId)) {
        return { ok: false as const, field: "weightIndicatorId" as const, reason: "unknown_indicator" as const };
      }
      const [last] = t.select({ n: max(indicators.sortOrder) }).from(indicators).all();
      const [row] = t
        .insert(indicators)
        .values({ ...indicator, sortOrder: (last?.n ?? 0) + 10 })
        .returning({ id: indicators.id })
        .all();
      writeAudit(t, { userId, action: "indicator.create", entity: "indicator", entityId: row!.id, indicatorId: row!.id, after: indicator });
      return { ok: true as const, indicatorId: row!.id };
    },
    { behavior: "immediate" },
  );
}

/**
 * Sets an indicator's tolerance band (null: the default rule), audited, in one transaction. Every
 * verdict on the indicator follows; the data-version trigger on the table retires the kept views.
 */
export async function setIndicatorTolerance(db: Db, { change, userId }: { change: IndicatorToleranceForm; userId: number }): Promise<{ ok: boolean }> {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const [before] = t.select({ tolerance: indicators.tolerance }).from(indicators).where(eq(indicators.id, change.indicatorId)).all();
      if (!before) return { ok: false };
      if (before.tolerance === change.tolerance) return { ok: true };
      t.update(indicators).set({ tolerance: change.tolerance }).where(eq(indicators.id, change.indicatorId)).run();
      writeAudit(t, {
        userId,
        action: "indicator.update",
        entity: "indicator",
        entityId: change.indicatorId,
        indicatorId: change.indicatorId,
        before: { tolerance: before.tolerance },
        after: { tolerance: change.tolerance },
      });
      return { ok: true };
    },
    { behavior: "immediate" },
  );
}
