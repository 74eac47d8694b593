import "server-only";
import { getUnitList, type UnitListItem } from "@/db/queries/units";
import type { StatusSummary } from "@/lib/report";
import type { ViewContext } from "./context";
import { judgeUnit } from "./dashboard";

export type UnitBehind = UnitListItem & { summary: StatusSummary; period: string };

/**
 * The home page's overview: the units with plans in the year, each judged as its dashboard judges
 * it, those with the most indicators not achieved first; units with none behind are left out.
 */
export async function unitsMostBehind(ctx: ViewContext, { unitIds, year, limit = 6 }: { unitIds: number[]; year: number; limit?: number }): Promise<UnitBehind[]> {
  const list = await getUnitList(ctx.db, { unitIds });
  const judged = await Promise.all(list.map(async (u) => ({ u, j: await judgeUnit(ctx, { unitId: u.id, year, planChoice: "council" }) })));
  return judged
    .filter(({ j }) => j.summary.not_achieved > 0)
    .sort((a, b) => b.j.summary.not_achieved - a.j.summary.not_achieved || a.u.name.localeCompare(b.u.name, "vi"))
    .slice(0, limit)
    .map(({ u, j }) => ({ ...u, summary: j.summary, period: j.period }));
}
