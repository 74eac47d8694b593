"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createAdmin, type SetupState } from "@/app/_actions/setup";
import { Button } from "@/components/ui/button";
import { fieldClass } from "@/components/ui/input";

export function SetupForm() {
  const t = useTranslations("auth.setup");
  const [state, action, pending] = useActionState<SetupState | null, FormData>(createAdmin, null);
  const [, startTransition] = useTransition();
  // Submitted by hand: a plain form action would clear every field after a refused submission.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => action(formData));
  }
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
      <span className="text-sm text-red-800">{t(`fieldError.${name}`)}</span>
    ) : null;
  const field = fieldClass();
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <p>{t("intro")}</p>
      {state && !state.ok && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-900">
          {t(`error.${state.error}`)}
        </p>
      )}
      <label className="flex flex-col gap-1">
        {t("username")}
        <input name="username" autoComplete="username" required className={field} />
        {fieldError("username")}
      </label>
      <label className="flex flex-col gap-1">
        {t("displayName")}
        <input name="displayName" required className={field} />
        {fieldError("displayName")}
      </label>
      <label className="flex flex-col gap-1">
        {t("password")}
        <input name="password" type="password" autoComplete="new-password" required className={field} />
        {fieldError("password")}
      </label>
      <label className="flex flex-col gap-1">
        {t("passwordAgain")}
        <input name="passwordAgain" type="password" autoComplete="new-password" required className={field} />
        {fieldError("passwordAgain")}
      </label>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
