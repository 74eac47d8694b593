"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createIndicator, type CreateIndicatorState } from "@/app/_actions/indicators";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { AGGREGATIONS, DIRECTIONS, INDICATOR_GROUPS, INDICATOR_KINDS, TIME_BEHAVIOURS } from "@/lib/domain";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";

type State = CreateIndicatorState | ActionRefusal | null;
const ERROR_CODES = ["invalid_field", "code_taken", "unknown_indicator", "growth_base", "weight_required", "share_ratio", "tolerance"] as const;

/** Defines a new indicator of any kind: amount, ratio, count or a growth rate derived from another. */
export function IndicatorForm({ indicators }: { indicators: { id: number; code: string; nameVi: string }[] }) {
  const t = useTranslations("indicators");
  const [state, action, pending] = useActionState<State, FormData>(createIndicator, null);
  const [, startTransition] = useTransition();
  // Submitted by hand: a plain form action would clear every field after a refused submission.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  }
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (name: string) => {
    const code = fieldErrors[name]?.code;
    if (!code) return null;
    const key = ERROR_CODES.find((c) => c === code) ?? "invalid_field";
    return <span className="text-xs text-red-800" data-testid="field-error">{t(`error.${key}`)}</span>;
  };
  const field = fieldClass();
  const text = (name: "code" | "nameVi" | "nameEn" | "measureVi" | "measureEn") => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <input name={name} required className={field} />
      {error(name)}
    </label>
  );
  const choice = (name: "group" | "direction" | "timeBehaviour" | "aggregation" | "kind", options: readonly string[]) => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <select name={name} className={field}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`option.${name}.${o}`)}
          </option>
        ))}
      </select>
      {error(name)}
    </label>
  );
  const reference = (name: "baseIndicatorId" | "weightIndicatorId") => (
    <label className="flex flex-col gap-1 text-sm">
      {t(`field.${name}`)}
      <select name={name} className={field} defaultValue="">
        <option value="">{t("none")}</option>
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {i.code} · {i.nameVi}
          </option>
        ))}
      </select>
      {error(name)}
    </label>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="indicator-form">
      <h2 className="text-lg font-semibold">{t("newHeading")}</h2>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={`rounded p-3 ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}>
          {state.ok ? t("created", { code: state.code }) : t(`result.${state.error}`)}
        </p>
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
          <input name="decimals" type="number" min={0} max={4} defaultValue={0} className={field} />
          {error("decimals")}
        </label>
        {reference("baseIndicatorId")}
        {reference("weightIndicatorId")}
        <label className="flex flex-col gap-1 text-sm">
          {t("field.tolerance")}
          <input name="tolerance" inputMode="decimal" className={field} aria-describedby="tolerance-help" />
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
