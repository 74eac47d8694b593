"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

const KNOWN_ERRORS = ["CredentialsSignin", "rate_limited"] as const;

/** Username and password, posted to next-auth with its CSRF token; errors stay on this page. */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn("credentials", {
      redirect: false,
      username: String(data.get("username") ?? ""),
      password: String(data.get("password") ?? ""),
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setError(result?.error ?? "unknown");
    }
  }

  const errorKey = KNOWN_ERRORS.find((e) => e === error) ?? (error ? "unknown" : null);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      {errorKey && (
        <Alert tone="error">{t(`error.${errorKey}`)}</Alert>
      )}
      <label className="flex flex-col gap-1">
        {t("username")}
        <Input name="username" autoComplete="username" required autoFocus />
      </label>
      <label className="flex flex-col gap-1">
        {t("password")}
        <Input name="password" type="password" autoComplete="current-password" required />
      </label>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
