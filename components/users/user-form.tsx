"use client";

import { useTranslations } from "next-intl";
import { createUser, type CreateUserState } from "@/app/_actions/users";
import type { ActionRefusal } from "@/app/_actions/with-user";
import { ROLES } from "@/lib/domain";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, FieldError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cardClass } from "@/components/ui/card";

type State = CreateUserState | ActionRefusal | null;
const ERROR_CODES = ["invalid_field", "username_taken", "unknown_unit", "scope_required"] as const;

/** Creates an account: an editor works for one unit (by official code) and everything below it. */
export function UserForm() {
  const t = useTranslations("users");
  const { state, onSubmit, pending } = useFormAction<State>(createUser, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (name: string) => {
    const code = fieldErrors[name]?.code;
    if (!code) return null;
    return <FieldError data-testid="field-error">{t(`error.${ERROR_CODES.find((c) => c === code) ?? "invalid_field"}`)}</FieldError>;
  };
  return (
    <form onSubmit={onSubmit} className={cardClass({ padding: "md", className: "space-y-3" })} data-testid="user-form">
      <h2 className="text-lg font-semibold">{t("newHeading")}</h2>
      {state && (
        <Alert tone={state.ok ? "success" : "error"}>
          {state.ok ? t("created", { username: state.username }) : t(`result.${state.error}`)}
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          {t("field.username")}
          <Input name="username" autoComplete="off" required />
          {error("username")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.displayName")}
          <Input name="displayName" required />
          {error("displayName")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.password")}
          <Input name="password" type="password" autoComplete="new-password" required />
          {error("password")}
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.role")}
          <Select name="role" defaultValue="editor">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("field.scopeUnitCode")}
          <Input name="scopeUnitCode" inputMode="numeric" />
          {error("scopeUnitCode")}
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
