"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createAdmin, type SetupState } from "@/app/_actions/setup";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, FieldError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export function SetupForm() {
  const t = useTranslations("auth.setup");
  const { state, onSubmit, pending } = useFormAction<SetupState | null>(createAdmin, null);
  if (state?.ok) {
    return (
      <p role="status">
        {t("created")}{" "}
        <Link href="/sign-in" className="text-red-800 underline">
          {t("signInNow")}
        </Link>
      </p>
    );
  }
  const fieldError = (name: string) =>
    state && !state.ok && state.fieldErrors?.[name] ? (
      <FieldError>{t(`fieldError.${name}`)}</FieldError>
    ) : null;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <p>{t("intro")}</p>
      {state && !state.ok && (
        <Alert tone="error">{t(`error.${state.error}`)}</Alert>
      )}
      <label className="flex flex-col gap-1">
        {t("username")}
        <Input name="username" autoComplete="username" required />
        {fieldError("username")}
      </label>
      <label className="flex flex-col gap-1">
        {t("displayName")}
        <Input name="displayName" required />
        {fieldError("displayName")}
      </label>
      <label className="flex flex-col gap-1">
        {t("password")}
        <Input name="password" type="password" autoComplete="new-password" required />
        {fieldError("password")}
      </label>
      <label className="flex flex-col gap-1">
        {t("passwordAgain")}
        <Input name="passwordAgain" type="password" autoComplete="new-password" required />
        {fieldError("passwordAgain")}
      </label>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
