import { z } from "zod";
import { PERIODS } from "./domain";
import { PLAN_CHOICES } from "./report";
import { yearSchema } from "./year";

/** The report's view as it appears in the URL; anything malformed falls back to the defaults. */
export const reportParamsSchema = z.object({
  year: yearSchema.optional().catch(undefined),
  period: z.enum(PERIODS).optional().catch(undefined),
  plan: z.enum(PLAN_CHOICES).optional().catch(undefined),
});

export type ReportParams = z.infer<typeof reportParamsSchema>;

/**
 * A unit's id as routes spell it: digits only, no leading zero, so that one unit has one address
 * ("004", "0x4", "1e1", " 4", "4.0" and "+4" name no unit) and no unit is rendered and kept twice.
 */
export const unitIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/)
  .transform(Number);
