import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Period } from "@/lib/domain";
import { COMMITTED_PLAN, planThatCounts } from "@/lib/plan-versions";
import type { EntryRow, StoredFigure } from "@/lib/entry";
import { previousPeriod } from "@/lib/periods";
import type { IndicatorDef, PlanFigure } from "@/lib/report";

import type { Db } from "../client";
import { actualRevisions, actuals, indicators, plans, users } from "../schema";
import { indicatorColumns, planFigureColumns } from "./report";


/**
 * The entry form of one unit for a year and period: every indicator the unit has a plan or a figure
 * for (all entered indicators when it has none yet), with the plan, the previous period, the same
 * period last year, the stored figure with its revision, and that figure's history.
 * Growth rates are left out: they are derived from their base indicator.
 */
export async function getEntryForm(db: Db, { unitId, year, period }: { unitId: number; year: number; period: Period }): Promise<EntryRow[]> {
  const indicatorRows: IndicatorDef[] = db
    .select(indicatorColumns)
    .from(indicators)
    .where(ne(indicators.kind, "growth"))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();

  const planRows: PlanFigure[] = db
    .select(planFigureColumns)
    .from(plans)
    .where(and(eq(plans.unitId, unitId), eq(plans.year, year)))
    .all();

  const actualRows = db
    .select({
      actualId: actuals.id,
      indicatorId: actuals.indicatorId,
      year: actuals.year,
      period: actuals.period,
      value: actuals.value,
      numerator: actuals.numerator,
      denominator: actuals.denominator,
      status: actuals.status,
      source: actuals.source,
      note: actuals.note,
      revision: actuals.revision,
      updatedAt: actuals.updatedAt,
      updatedBy: users.displayName,
    })
    .from(actuals)
    .leftJoin(users, eq(users.id, actuals.updatedBy))
    .where(and(eq(actuals.unitId, unitId), inArray(actuals.year, [year, year - 1])))
    .all();

  const figure = (indicatorId: number, y: number, p: Period | null) =>
    p === null ? undefined : actualRows.find((a) => a.indicatorId === indicatorId && a.year === y && a.period === p);

  const currentIds = actualRows.filter((a) => a.year === year && a.period === period).map((a) => a.actualId);
  const revisionRows =
    currentIds.length === 0
      ? []
      : db
          .select({
            actualId: actualRevisions.actualId,
            revision: actualRevisions.revision,
            value: actualRevisions.value,
            numerator: actualRevisions.numerator,
            denominator: actualRevisions.denominator,
            status: actualRevisions.status,
            previousValue: actualRevisions.previousValue,
            previousStatus: actualRevisions.previousStatus,
            note: actualRevisions.note,
            enteredAt: actualRevisions.enteredAt,
            enteredBy: users.displayName,
          })
          .from(actualRevisions)
          .leftJoin(users, eq(users.id, actualRevisions.enteredBy))
          .where(inArray(actualRevisions.actualId, currentIds))
          .orderBy(asc(actualRevisions.actualId), asc(actualRevisions.revision))
          .all();

  const relevant = new Set([...planRows.map((p) => p.indicatorId), ...actualRows.map((a) => a.indicatorId)]);
  const shown = relevant.size > 0 ? indicatorRows.filter((i) => relevant.has(i.id)) : indicatorRows;

  return shown.map((indicator) => {
    const own = planRows.filter((p) => p.indicatorId === indicator.id);
    const plan = planThatCounts(own, COMMITTED_PLAN);
    const stored = figure(indicator.id, year, period);
    const current: StoredFigure | null = stored
      ? {
          actualId: stored.actualId,
          value: stored.value,
          numerator: stored.numerator,
          denominator: stored.denominator,
          status: stored.status,
          source: stored.source,
          note: stored.note,
          revision: stored.revision,
          updatedBy: stored.updatedBy,
          updatedAt: stored.updatedAt.getTime(),
        }
      : null;
    const history = stored
      ? revisionRows
          .filter((r) => r.actualId === stored.actualId)
          .map(({ actualId: _a, enteredAt, ...r }) => ({ ...r, enteredAt: enteredAt.getTime() }))
      : [];
    return {
      indicator,
      plan,
      current,
      history,
      previousPeriod: figure(indicator.id, year, previousPeriod(period))?.value ?? null,
      samePeriodLastYear: figure(indicator.id, year - 1, period)?.value ?? null,
    };
  });
}
