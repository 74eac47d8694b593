import { z } from "zod";
import { isoDateInZone, VIETNAM_TIME_ZONE } from "./date-time";
import { INDICATOR_GROUPS } from "./domain";
import { reportParamsSchema } from "./report-params";

/** The printable report's view: the report's own parameters, the date it bears and, for comparisons, the group. */
export const printParamsSchema = reportParamsSchema.extend({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  group: z.enum(INDICATOR_GROUPS).optional().catch(undefined),
});

/** Today's date where Vietnamese officials are, as "YYYY-MM-DD". */
export function dateInVietnam(now: Date): string {
  return isoDateInZone(now, VIETNAM_TIME_ZONE);
}

/** Which file an export route writes. */
export const exportFormatSchema = z.enum(["xlsx", "csv"]).catch("xlsx");

/** Which file the report's export route writes: the biểu as .xlsx or CSV, or the narrative report as .docx. */
export const reportFormatSchema = z.enum(["xlsx", "csv", "docx"]).catch("xlsx");
