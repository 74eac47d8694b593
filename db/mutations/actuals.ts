import "server-only";
import { and, eq } from "drizzle-orm";
import type { FigureStatus, Period } from "@/lib/domain";
import type { FigureToSave } from "@/lib/entry";
import type { Db } from "../client";
import { actualRevisions, actuals, users } from "../schema";
import { writeAudit } from "./audit";

/** A figure someone else changed after the form was loaded: what it is now, and who made it so. */
export interface FigureConflict {
  indicatorId: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  revision: number;
  updatedBy: string | null;
  updatedAt: number;
}

export type SaveActualsResult =
  | { ok: true; revisions: Record<number, number> }
  | { ok: false; conflicts: FigureConflict[] };

/**
 * Writes a unit's figures for one period in a single transaction: every figure or none. A figure whose
 * stored revision is no longer the one the official loaded refuses the whole save and is reported
 * back; every written figure gets a revision row and an audit row.
 */
export async function saveActuals(db: Db, {
  unitId,
  year,
  period,
  figures,
  userId,
  now = new Date(),
}: {
  unitId: number;
  year: number;
  period: Period;
  figures: FigureToSave[];
  userId: number;
  now?: Date;
}): Promise<SaveActualsResult> {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const stored = figures.map((f) => {
        const [row] = t
          .select({
            id: actuals.id,
            value: actuals.value,
            numerator: actuals.numerator,
            denominator: actuals.denominator,
            status: actuals.status,
            note: actuals.note,
            revision: actuals.revision,
            updatedAt: actuals.updatedAt,
            updatedBy: users.displayName,
          })
          .from(actuals)
          .leftJoin(users, eq(users.id, actuals.updatedBy))
          .where(
            and(eq(actuals.unitId, unitId), eq(actuals.year, year), eq(actuals.period, period), eq(actuals.indicatorId, f.indicatorId)),
          )
          .all();
        return row ?? null;
      });

      const conflicts: FigureConflict[] = [];
      figures.forEach((f, i) => {
        const row = stored[i];
        if ((row?.revision ?? 0) === f.expectedRevision) return;
        if (!row) return; // the form saw a figure that no longer exists: cannot happen, figures are never deleted
        conflicts.push({
          indicatorId: f.indicatorId,
          value: row.value,
          numerator: row.numerator,
          denominator: row.denominator,
          status: row.status,
          revision: row.revision,
          updatedBy: row.updatedBy,
          updatedAt: row.updatedAt.getTime(),
        });
      });
      if (conflicts.length > 0) return { ok: false as const, conflicts };

      const revisions: Record<number, number> = {};
      figures.forEach((f, i) => {
        const row = stored[i];
        const fields = { value: f.value, numerator: f.numerator, denominator: f.denominator, status: f.status, note: f.note };
        let actualId: number;
        let revision: number;
        if (row) {
          revision = row.revision + 1;
          actualId = row.id;
          t.update(actuals)
            .set({ ...fields, source: "document", revision, updatedAt: now, updatedBy: userId })
            .where(and(eq(actuals.id, row.id), eq(actuals.revision, row.revision)))
            .run();
        } else {
          revision = 1;
          const [inserted] = t
            .insert(actuals)
            .values({ ...fields, unitId, indicatorId: f.indicatorId, year, period, source: "document", revision, updatedAt: now, updatedBy: userId })
            .returning({ id: actuals.id })
            .all();
          actualId = inserted!.id;
        }
        t.insert(actualRevisions)
          .values({
            actualId,
            revision,
            ...fields,
            previousValue: row?.value ?? null,
            previousStatus: row?.status ?? null,
            enteredBy: userId,
            enteredAt: now,
          })
          .run();
        writeAudit(t, {
          userId,
          action: row ? "actual.update" : "actual.create",
          entity: "actual",
          entityId: actualId,
          unitId,
          indicatorId: f.indicatorId,
          before: row
            ? { year, period, value: row.value, numerator: row.numerator, denominator: row.denominator, status: row.status, note: row.note, revision: row.revision }
            : null,
          // Warnings the official confirmed to save this figure (a 1000× jump among them) stay on record.
          after: { year, period, ...fields, revision, ...(f.warnings && f.warnings.length > 0 ? { confirmed: f.warnings.join(",") } : {}) },
          at: now,
        });
        revisions[f.indicatorId] = revision;
      });
      return { ok: true as const, revisions };
    },
    { behavior: "immediate" },
  );
}
