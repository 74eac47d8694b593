import { z } from "zod";
import { PERIODS, PLAN_VERSIONS } from "./domain";
import { yearSchema } from "./year";

/** The entry form's unit, year and period as posted (or in the URL). */
export const entryKeySchema = z.object({
  unitId: z.coerce.number().int().positive(),
  year: yearSchema,
  period: z.enum(PERIODS),
});

export const entryFormSchema = entryKeySchema.extend({
  /** Set when the official confirms figures that drew warnings. */
  confirm: z.literal("yes").optional(),
});

/** The page's view from search params; anything malformed falls back to the defaults. */
export const entryParamsSchema = z.object({
  year: yearSchema.optional().catch(undefined),
  period: z.enum(PERIODS).optional().catch(undefined),
});

/** The plan form's unit, year and version as posted, with its source decision. */
export const planFormSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  year: yearSchema,
  version: z.enum(PLAN_VERSIONS),
  documentNumber: z.string().max(1000).optional(),
  documentDate: z.string().max(100).optional(),
});

export const planParamsSchema = z.object({
  year: yearSchema.optional().catch(undefined),
  version: z.enum(PLAN_VERSIONS).optional().catch(undefined),
});
