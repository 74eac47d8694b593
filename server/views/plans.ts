import "server-only";
import { getPlanForm } from "@/db/queries/plans";
import { getLatestPlanYear } from "@/db/queries/report";
import type { PlanVersion } from "@/lib/domain";
import type { PlanFormRow } from "@/lib/plans";
import type { ViewContext } from "./context";

export interface PlanFormView {
  year: number;
  version: PlanVersion;
  rows: PlanFormRow[];
}

/**
 * The plan form of a unit for a year (the latest with plans by default) and version (the
 * council's by default): every indicator with its plan, if any. The save judges these same rows.
 */
export async function planFormView(
  ctx: ViewContext,
  { unitId, year: askedYear, version = "council" }: { unitId: number; year?: number; version?: PlanVersion },
): Promise<PlanFormView> {
  const year = askedYear ?? (await getLatestPlanYear(ctx.db)) ?? new Date().getFullYear();
  return { year, version, rows: await getPlanForm(ctx.db, { unitId, year, version }) };
}
