import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Comparator, PlanVersion } from "@/lib/domain";
import type { PlanFormRow } from "@/lib/plans";
import type { Db } from "../client";
import { indicators, plans, users } from "../schema";

/** Every indicator with the unit's plan of one version for the year, if it has one. */
export async function getPlanForm(db: Db, { unitId, year, version }: { unitId: number; year: number; version: PlanVersion }): Promise<PlanFormRow[]> {
  const rows = db
    .select({
      id: indicators.id,
      code: indicators.code,
      nameVi: indicators.nameVi,
      nameEn: indicators.nameEn,
      group: indicators.group,
      measureVi: indicators.measureVi,
      measureEn: indicators.measureEn,
      kind: indicators.kind,
      decimals: indicators.decimals,
      direction: indicators.direction,
      planId: plans.id,
      comparator: plans.comparator,
      value: plans.value,
      valueMax: plans.valueMax,
      documentNumber: plans.documentNumber,
      documentDate: plans.documentDate,
      revision: plans.revision,
      updatedAt: plans.updatedAt,
      updatedBy: users.displayName,
    })
    .from(indicators)
    .leftJoin(plans, and(eq(plans.indicatorId, indicators.id), eq(plans.unitId, unitId), eq(plans.year, year), eq(plans.version, version)))
    .leftJoin(users, eq(users.id, plans.updatedBy))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  return rows.map((r) => ({
    indicator: {
      id: r.id,
      code: r.code,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      group: r.group,
      measureVi: r.measureVi,
      measureEn: r.measureEn,
      kind: r.kind,
      decimals: r.decimals,
      direction: r.direction,
    },
    current:
      r.planId !== null && r.comparator !== null && r.value !== null && r.revision !== null && r.updatedAt !== null
        ? {
            comparator: r.comparator as Comparator,
            value: r.value,
            valueMax: r.valueMax,
            documentNumber: r.documentNumber,
            documentDate: r.documentDate,
            revision: r.revision,
            updatedBy: r.updatedBy,
            updatedAt: r.updatedAt.getTime(),
          }
        : null,
  }));
}
