"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createUser, type CreateUserState } from "@/app/_actions/users";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { ROLES } from "@/lib/domain";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";

type State = CreateUserState | ActionRefusal | null;
const ERROR_CODES = ["invalid_field", "username_taken", "unknown_unit", "scope_required"] as const;

/** Creates an account: an editor works for one unit (by official code) and everything below it. */
export function UserForm() {
  const t = useTranslations("users");
  const [state, action, pending] = useActionState<State, FormData>(createUser, null);
  const [, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  }
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (name: string) => {
    const code = fieldErrors[name]?.code;
    if (!code) return null;
    return <span className="text-xs text-red-800" data-testid="field-error">{t(`error.${ERROR_CODES.find((c) => c === code) ?? "invalid_field"}`)}</span>;
  };
  const field = fieldClass();
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="user-form">
      <h2 className="text-lg font-semibold">{t("newHeading")}</h2>
      {state && (
        <p role={state.ok ? "status" : "alert"} className={`rounded p-3 ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}>
          {state.ok ? t("created", { username: state.username }) : t(`result.${state.error}`)}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          {t("field.username")}
          <input name="username" autoComplete="off" required className={field} />
          {error("username")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.displayName")}
          <input name="displayName" required className={field} />
          {error("displayName")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.password")}
          <input name="password" type="password" autoComplete="new-password" required className={field} />
          {error("password")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.role")}
          <select name="role" className={field} defaultValue="editor">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.scopeUnitCode")}
          <input name="scopeUnitCode" inputMode="numeric" className={field} />
          {error("scopeUnitCode")}
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
