import "server-only";
import { getLatestPlanYear, getUnitsWithPlans } from "@/db/queries/report";
import { getChildUnits, getUnitList, searchUnits, type UnitListItem, type UnitSearchItem, type UnitSummary } from "@/db/queries/units";
import { vietnamDate, yearForAsOf } from "@/lib/in-force";
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

export interface HomeView {
  /** The latest year with plans, or null in a database without any. */
  year: number | null;
  /** The units most behind in that year, as their dashboards judge them. */
  behind: UnitBehind[];
  /** The provinces in force on the day asked about. */
  provinces: UnitSummary[];
}

/**
 * The home page without a search: the units most behind in the latest year (or in the year of a
 * chosen day, when that is earlier), and the provinces in force on that day (today when none is chosen).
 */
export async function homeView(ctx: ViewContext, { asOf }: { asOf?: string }): Promise<HomeView> {
  const latest = await getLatestPlanYear(ctx.db);
  const year = latest === null ? null : yearForAsOf(latest, asOf);
  const [withPlans, provinces] = await Promise.all([
    year ? getUnitsWithPlans(ctx.db, { year }) : Promise.resolve([]),
    getChildUnits(ctx.db, { unitId: null, inForceOn: asOf ?? vietnamDate(new Date()) }),
  ]);
  const behind = year ? await unitsMostBehind(ctx, { unitIds: withPlans, year }) : [];
  return { year, behind, provinces };
}

/** The home page's search: units whose name contains the text, those in force on `asOf` first. */
export function unitSearchView(ctx: ViewContext, { query, asOf }: { query: string; asOf: string }): Promise<UnitSearchItem[]> {
  return searchUnits(ctx.db, { query, asOf });
}
