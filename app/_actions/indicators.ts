"use server";

import { createIndicator as insertIndicator, setIndicatorTolerance as updateTolerance } from "@/db/mutations/indicators";
import { indicatorFormSchema, indicatorToleranceSchema } from "@/lib/indicator-params";
import { withUser } from "./with-user";
import { appContext } from "@/server/views/context";

export type CreateIndicatorState =
  | { ok: true; code: string }
  | { ok: false; error: "rejected"; fieldErrors: Record<string, { code: string }> };

/** Defines a new indicator; administrators only. */
export const createIndicator = withUser(indicatorFormSchema, { admin: true }, async (indicator, { user }): Promise<CreateIndicatorState> => {
  const result = await insertIndicator(appContext().db, { indicator, userId: user.id });
  if (!result.ok) return { ok: false, error: "rejected", fieldErrors: { [result.field]: { code: result.reason } } };
  return { ok: true, code: indicator.code };
});

export type SetToleranceState = { ok: true; indicatorId: number } | { ok: false; error: "rejected"; fieldErrors: Record<string, { code: string }> };

/** Changes an indicator's tolerance band; administrators only. */
export const setIndicatorTolerance = withUser(indicatorToleranceSchema, { admin: true }, async (change, { user }): Promise<SetToleranceState> => {
  const result = await updateTolerance(appContext().db, { change, userId: user.id });
  if (!result.ok) return { ok: false, error: "rejected", fieldErrors: { indicatorId: { code: "unknown_indicator" } } };
  return { ok: true, indicatorId: change.indicatorId };
});
