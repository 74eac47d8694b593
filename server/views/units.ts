import "server-only";
import type { Successor } from "@/db/queries/reform";
import { getUnit, type UnitListItem, type UnitSearchItem, type UnitSummary } from "@/db/queries/units";
import type { ViewContext } from "./context";

export type { Successor, UnitListItem, UnitSearchItem, UnitSummary };

/** The unit a route names, or null where there is none: what every unit page and file starts from. */
export function unitSummary(ctx: ViewContext, { unitId }: { unitId: number }): Promise<UnitSummary | null> {
  return getUnit(ctx.db, { unitId });
}
