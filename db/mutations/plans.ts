import "server-only";
import { and, eq } from "drizzle-orm";
import type { Comparator, PlanVersion } from "@/lib/domain";
import type { PlanToSave } from "@/lib/plans";
import type { Db } from "../client";
import { plans, users } from "../schema";
import { writeAudit } from "./audit";

export interface PlanConflict {
  indicatorId: number;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  revision: number;
  updatedBy: string | null;
  updatedAt: number;
}

export type SavePlansResult = { ok: true; revisions: Record<number, number> } | { ok: false; conflicts: PlanConflict[] };

interface PlanChanges {
  unitId: number;
  year: number;
  version: PlanVersion;
  document: { number: string | null; date: string | null };
  plans: PlanToSave[];
  userId: number;
  now?: Date;
}

/**
 * Writes a unit's plans of one version for a year, with their source decision, in one transaction:
 * all or none, refused where a plan changed since the form was loaded, each change audited.
 */
export async function savePlans(db: Db, changes: PlanChanges): Promise<SavePlansResult> {
  return db.transaction((tx) => writePlans(tx as unknown as Db, changes), { behavior: "immediate" });
}

/** A refusal inside a transaction of several plan versions: thrown to roll back what was written. */
class PlanConflicts extends Error {
  constructor(readonly conflicts: PlanConflict[]) {
    super("plan conflicts");
  }
}

/**
 * Several versions' plans of one unit and year (an uploaded plans file) in a single transaction:
 * each group written exactly as savePlans writes it, and a conflict in any group undoes them all.
 */
export async function savePlanGroups(db: Db, {
  unitId,
  year,
  groups,
  userId,
  now = new Date(),
}: Omit<PlanChanges, "version" | "document" | "plans"> & { groups: Pick<PlanChanges, "version" | "document" | "plans">[] }): Promise<SavePlansResult> {
  try {
    return db.transaction(
      (tx) => {
        const revisions: Record<string, number> = {};
        for (const group of groups) {
          const result = writePlans(tx as unknown as Db, { unitId, year, userId, now, ...group });
          if (!result.ok) throw new PlanConflicts(result.conflicts);
          Object.assign(revisions, result.revisions);
        }
        return { ok: true as const, revisions };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error instanceof PlanConflicts) return { ok: false, conflicts: error.conflicts };
    throw error;
  }
}

function writePlans(t: Db, { unitId, year, version, document, plans: changes, userId, now = new Date() }: PlanChanges): SavePlansResult {
  const stored = changes.map((p) => {
    const [row] = t
      .select({
        id: plans.id,
        comparator: plans.comparator,
        value: plans.value,
        valueMax: plans.valueMax,
        documentNumber: plans.documentNumber,
        documentDate: plans.documentDate,
        revision: plans.revision,
        updatedAt: plans.updatedAt,
        updatedBy: users.displayName,
      })
      .from(plans)
      .leftJoin(users, eq(users.id, plans.updatedBy))
      .where(and(eq(plans.unitId, unitId), eq(plans.year, year), eq(plans.version, version), eq(plans.indicatorId, p.indicatorId)))
      .all();
    return row ?? null;
  });
  const conflicts: PlanConflict[] = [];
  changes.forEach((p, i) => {
    const row = stored[i];
    if (row && row.revision !== p.expectedRevision) {
      conflicts.push({
        indicatorId: p.indicatorId,
        comparator: row.comparator,
        value: row.value,
        valueMax: row.valueMax,
        revision: row.revision,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt.getTime(),
      });
    }
  });
  if (conflicts.length > 0) return { ok: false as const, conflicts };

  const revisions: Record<number, number> = {};
  changes.forEach((p, i) => {
    const row = stored[i];
    const fields = {
      comparator: p.comparator,
      value: p.value,
      valueMax: p.valueMax,
      documentNumber: document.number,
      documentDate: document.date,
    };
    let planId: number;
    let revision: number;
    if (row) {
      planId = row.id;
      revision = row.revision + 1;
      t.update(plans)
        .set({ ...fields, source: "document", revision, updatedAt: now, updatedBy: userId })
        .where(and(eq(plans.id, row.id), eq(plans.revision, row.revision)))
        .run();
    } else {
      revision = 1;
      const [inserted] = t
        .insert(plans)
        .values({ ...fields, unitId, indicatorId: p.indicatorId, year, version, source: "document", revision, updatedAt: now, updatedBy: userId })
        .returning({ id: plans.id })
        .all();
      planId = inserted!.id;
    }
    const { id: _id, updatedAt: _at, updatedBy: _by, ...before } = row ?? { id: 0, updatedAt: null, updatedBy: null };
    writeAudit(t, {
      userId,
      action: row ? "plan.update" : "plan.create",
      entity: "plan",
      entityId: planId,
      unitId,
      indicatorId: p.indicatorId,
      before: row ? { year, version, ...before } : null,
      after: { year, version, ...fields, revision },
      at: now,
    });
    revisions[p.indicatorId] = revision;
  });
  return { ok: true as const, revisions };
}
