import { z } from "zod";
import { PERIODS } from "./domain";

/** The entry form's unit, year and period as posted (or in the URL). */
export const entryKeySchema = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(1990).max(2100),
  period: z.enum(PERIODS),
});

export const entryFormSchema = entryKeySchema.extend({
  /** Set when the official confirms figures that drew warnings. */
  confirm: z.literal("yes").optional(),
});

/** The page's view from search params; anything malformed falls back to the defaults. */
export const entryParamsSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  period: z.enum(PERIODS).optional().catch(undefined),
});
