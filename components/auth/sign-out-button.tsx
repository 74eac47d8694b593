"use client";

import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className="rounded px-2 py-1 hover:underline">
      {t("signOut")}
    </button>
  );
}
