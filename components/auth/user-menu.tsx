"use client";

import Link from "next/link";
import { SessionProvider, useSession } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SignOutButton } from "./sign-out-button";

const menuLink = buttonClass({ variant: "header" });

/**
 * Who is signed in, where they may work, and sign-in / sign-out. Drawn in the browser from the
 * session endpoint, so that the pages around it read no cookie and can be kept once rendered.
 */
export function UserMenu() {
  return (
    <SessionProvider>
      <SessionMenu />
    </SessionProvider>
  );
}

function SessionMenu() {
  const { data, status } = useSession();
  const t = useTranslations("auth");
  // Nothing while the session is read: a sign-in link would be wrong for an official who is signed in.
  if (status === "loading") return null;
  const user = data?.account;
  if (!user) {
    return (
      <Link href="/sign-in" className={buttonClass({ variant: "header", className: "text-sm" })}>
        {t("signIn.link")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {user.role === "editor" && user.scopeUnitId !== null && (
        <Link href={`/units/${user.scopeUnitId}/entry`} className={menuLink}>
          {t("menu.entry")}
        </Link>
      )}
      {user.role === "admin" && (
        <>
          <Link href="/admin/indicators" className={menuLink}>
            {t("menu.indicators")}
          </Link>
          <Link href="/admin/users" className={menuLink}>
            {t("menu.users")}
          </Link>
          <Link href="/audit" className={menuLink}>
            {t("menu.audit")}
          </Link>
          <Link href="/admin/registry" className={menuLink}>
            {t("menu.registry")}
          </Link>
        </>
      )}
      <span className="text-red-100" data-testid="signed-in-user">
        {t("menu.signedInAs", { name: user.displayName, role: t(`role.${user.role}`) })}
      </span>
      <SignOutButton />
    </div>
  );
}
