"use client";

import { useTranslations } from "next-intl";
import { createIndicator, type CreateIndicatorState } from "@/app/_actions/indicators";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { AGGREGATIONS, DIRECTIONS, INDICATOR_GROUPS, INDICATOR_KINDS, TIME_BEHAVIOURS } from "@/lib/domain";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, FieldError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

type State = CreateIndicatorState | ActionRefusal | null;
const ERROR_CODES = ["invalid_field", "code_taken", "unknown_indicator", "growth_base", "weight_required", "share_ratio", "tolerance"] as const;

/** Defines a new indicator of any kind: amount, ratio, count or a growth rate derived from another. */
export function IndicatorForm({ indicators }: { indicators: { id: number; code: string; nameVi: string }[] }) {
  const t = useTranslations("indicators");
  const { state, onSubmit, pending } = useFormAction<State>(createIndicator, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (name: string) => {
    const code = fieldErrors[name]?.code;
    if (!code) return null;
    const key = ERROR_CODES.find((c) => c === code) ?? "invalid_field";
    return <FieldError data-testid="field-error">{t(`error.${key}`)}</FieldError>;
  };
  const text = (name: "code" | "nameVi" | "nameEn" | "measureVi" | "measureEn") => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <Input name={name} required />
      {error(name)}
    </label>
  );
  const choice = (name: "group" | "direction" | "timeBehaviour" | "aggregation" | "kind", options: readonly string[]) => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <Select name={name}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`option.${name}.${o}`)}
          </option>
        ))}
      </Select>
      {error(name)}
    </label>
  );
  const reference = (name: "baseIndicatorId" | "weightIndicatorId") => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <Select name={name} defaultValue="">
        <option value="">{t("none")}</option>
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {i.code} · {i.nameVi}
          </option>
        ))}
      </Select>
      {error(name)}
    </label>
  );
  return (
    <form onSubmit={onSubmit} className={cardClass({ padding: "md", className: "space-y-3" })} data-testid="indicator-form">
      <h2 className="text-lg font-semibold">{t("newHeading")}</h2>
      {state && (
        <Alert tone={state.ok ? "success" : "error"}>
          {state.ok ? t("created", { code: state.code }) : t(`result.${state.error}`)}
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("code")}
        {choice("group", INDICATOR_GROUPS)}
        {text("nameVi")}
        {text("nameEn")}
        {text("measureVi")}
        {text("measureEn")}
        {choice("kind", INDICATOR_KINDS)}
        {choice("direction", DIRECTIONS)}
        {choice("timeBehaviour", TIME_BEHAVIOURS)}
        {choice("aggregation", AGGREGATIONS)}
        <label className="flex flex-col gap-1 text-sm">
          {t("field.decimals")}
          <Input name="decimals" type="number" min={0} max={4} defaultValue={0} />
          {error("decimals")}
        </label>
        {reference("baseIndicatorId")}
        {reference("weightIndicatorId")}
        <label className="flex flex-col gap-1 text-sm">
          {t("field.tolerance")}
          <Input name="tolerance" inputMode="decimal" aria-describedby="tolerance-help" />
          <span id="tolerance-help" className="text-xs text-slate-600">
            {t("toleranceHelp")}
          </span>
          {error("tolerance")}
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
