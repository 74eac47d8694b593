"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  // redirect: false, because next-auth would send the browser to NEXTAUTH_URL, which may be unset in demo mode.
  async function onClick() {
    await signOut({ redirect: false });
    router.push("/");
    router.refresh();
  }
  return (
    <Button variant="header" onClick={() => void onClick()}>
      {t("signOut")}
    </Button>
  );
}
