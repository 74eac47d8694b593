import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";
import { ClientMessages } from "@/components/i18n/client-messages";

/** Who is signed in, where they may work, and sign-in / sign-out. */
export async function UserMenu() {
  const user = await getCurrentUser();
  const t = await getTranslations("auth");
  if (!user) {
    return (
      <Link href="/sign-in" className="rounded px-2 py-1 text-sm hover:underline">
        {t("signIn.link")}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {user.role === "editor" && user.scopeUnitId !== null && (
        <Link href={`/units/${user.scopeUnitId}/entry`} className="rounded px-2 py-1 hover:underline">
          {t("menu.entry")}
        </Link>
      )}
      {user.role === "admin" && (
        <>
          <Link href="/admin/indicators" className="rounded px-2 py-1 hover:underline">
            {t("menu.indicators")}
          </Link>
          <Link href="/admin/users" className="rounded px-2 py-1 hover:underline">
            {t("menu.users")}
          </Link>
          <Link href="/audit" className="rounded px-2 py-1 hover:underline">
            {t("menu.audit")}
          </Link>
          <Link href="/admin/registry" className="rounded px-2 py-1 hover:underline">
            {t("menu.registry")}
          </Link>
        </>
      )}
      <span className="text-red-100" data-testid="signed-in-user">
        {t("menu.signedInAs", { name: user.displayName, role: t(`role.${user.role}`) })}
      </span>
      <ClientMessages namespaces={["auth.signOut"]}>
        <SignOutButton />
      </ClientMessages>
    </div>
  );
}
