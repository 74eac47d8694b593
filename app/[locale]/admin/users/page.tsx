import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountList } from "@/components/users/account-list";
import { UserForm } from "@/components/users/user-form";
import { isAdmin } from "@/lib/auth/scope";
import { requireUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { accountsView } from "@/server/views/admin";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const user = await requireUser("/admin/users");
  if (!isAdmin(user)) forbidden();
  const accounts = await accountsView(appContext());
  const t = await getTranslations("users");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["users"]}>
        <UserForm />
      </ClientMessages>
      <AccountList accounts={accounts} currentUserId={user.id} />
    </div>
  );
}
