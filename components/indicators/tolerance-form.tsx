"use client";

import { useTranslations } from "next-intl";
import { setIndicatorTolerance, type SetToleranceState } from "@/app/_actions/indicators";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatNumberInput } from "@/lib/numbers";

type State = SetToleranceState | ActionRefusal | null;

/** An administrator changes one indicator's tolerance band in place; empty goes back to the default rule. */
export function ToleranceForm({ indicator }: { indicator: { id: number; code: string; tolerance: number | null } }) {
  const t = useTranslations("indicators");
  const { state, onSubmit, pending } = useFormAction<State>(setIndicatorTolerance, null);
  const refused = state !== null && !state.ok;
  const id = `tolerance-${indicator.code}`;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-1" data-testid={id}>
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <Input
        name="tolerance"
        inputMode="decimal"
        size="sm"
        className="w-20"
        aria-label={`${t("list.tolerance")} ${indicator.code}`}
        aria-invalid={refused || undefined}
        placeholder={t("list.toleranceDefault")}
        defaultValue={indicator.tolerance === null ? "" : formatNumberInput(indicator.tolerance, 4)}
      />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {t("list.saveTolerance")}
      </Button>
      <span role="status" className="w-full text-xs">
        {state?.ok ? t("list.toleranceSaved") : null}
      </span>
      {refused && <FieldError>{t(state.error === "rejected" ? "error.unknown_indicator" : state.fieldErrors?.tolerance ? "error.tolerance" : `result.${state.error}`)}</FieldError>}
    </form>
  );
}
