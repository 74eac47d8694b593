"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

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
        <p role="alert" className="rounded bg-red-50 p-3 text-red-900">
          {t(`error.${errorKey}`)}
        </p>
      )}
      <label className="flex flex-col gap-1">
        {t("username")}
        <input name="username" autoComplete="username" required autoFocus className="rounded border border-slate-400 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-400 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
