import { notFound } from "next/navigation";
import { cache } from "react";
import { unitSummary, type UnitSummary } from "@/server/views/units";
import { unitIdSchema } from "@/lib/report-params";
import { appContext } from "@/server/views/context";

/** The unit named in the route; read once per request, so that metadata and page share the read. */
export const findUnit = cache(async (rawId: string): Promise<UnitSummary | null> => {
  const unitId = unitIdSchema.safeParse(rawId);
  return unitId.success ? unitSummary(appContext(), { unitId: unitId.data }) : null;
});

/** The unit named in the route, or the not-found page. */
export async function requireUnit(rawId: string): Promise<UnitSummary> {
  const unit = await findUnit(rawId);
  if (!unit) notFound();
  return unit;
}
