import { z } from "zod";
import { plainText } from "./free-text";
import { AGGREGATIONS, DIRECTIONS, INDICATOR_GROUPS, INDICATOR_KINDS, TIME_BEHAVIOURS } from "./domain";
import { readNumber } from "./numbers";

/**
 * The administrator's tolerance band, in the indicator's unit (points for %), written the Vietnamese
 * way ("0,5"); empty keeps the default rule. Never negative (the table's check says so too).
 */
export const toleranceField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const text = (v ?? "").trim();
    if (text === "") return null;
    const read = readNumber(text, { decimals: 4, maxAbs: 1e12, allowPercentSign: false });
    if (!read.ok) {
      ctx.addIssue({ code: "custom", message: "tolerance" });
      return z.NEVER;
    }
    return read.value;
  });

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
    tolerance: toleranceField,
  })
  // A growth rate is derived from a base indicator, and only growth rates have one.
  .refine((v) => (v.kind === "growth") === (v.baseIndicatorId !== null), { path: ["baseIndicatorId"], message: "growth_base" })
  // A weighted average needs the indicator that weighs each child.
  .refine((v) => v.aggregation !== "weighted_avg" || v.weightIndicatorId !== null, { path: ["weightIndicatorId"], message: "weight_required" })
  // Shares are recomputed from counts, so they belong to ratios.
  .refine((v) => v.aggregation !== "share" || v.kind === "ratio", { path: ["aggregation"], message: "share_ratio" });

export type IndicatorForm = z.infer<typeof indicatorFormSchema>;

/** An administrator's change of an existing indicator's tolerance band (empty: back to the default rule). */
export const indicatorToleranceSchema = z.object({
  indicatorId: z.coerce.number().int().positive(),
  tolerance: toleranceField,
});
export type IndicatorToleranceForm = z.infer<typeof indicatorToleranceSchema>;
