import { z } from "zod";
import { plainText } from "./free-text";
import { AGGREGATIONS, DIRECTIONS, INDICATOR_GROUPS, INDICATOR_KINDS, TIME_BEHAVIOURS } from "./domain";

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === "" ? null : Number(v)))
  .pipe(z.number().int().positive().nullable());

/** A new indicator as an administrator defines it; every kind and rule of the model can be expressed. */
export const indicatorFormSchema = z
  .object({
    code: z.string().trim().toUpperCase().regex(/^[A-Z0-9_]{2,40}$/),
    nameVi: plainText(300, 2),
    nameEn: plainText(300, 2),
    group: z.enum(INDICATOR_GROUPS),
    measureVi: plainText(60, 1),
    measureEn: plainText(60, 1),
    direction: z.enum(DIRECTIONS),
    timeBehaviour: z.enum(TIME_BEHAVIOURS),
    aggregation: z.enum(AGGREGATIONS),
    kind: z.enum(INDICATOR_KINDS),
    decimals: z.coerce.number().int().min(0).max(4),
    baseIndicatorId: optionalId,
    weightIndicatorId: optionalId,
  })
  // A growth rate is derived from a base indicator, and only growth rates have one.
  .refine((v) => (v.kind === "growth") === (v.baseIndicatorId !== null), { path: ["baseIndicatorId"], message: "growth_base" })
  // A weighted average needs the indicator that weighs each child.
  .refine((v) => v.aggregation !== "weighted_avg" || v.weightIndicatorId !== null, { path: ["weightIndicatorId"], message: "weight_required" })
  // Shares are recomputed from counts, so they belong to ratios.
  .refine((v) => v.aggregation !== "share" || v.kind === "ratio", { path: ["aggregation"], message: "share_ratio" });

export type IndicatorForm = z.infer<typeof indicatorFormSchema>;
