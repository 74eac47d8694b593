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

export const unitIdSchema = z.coerce.number().int().positive();
