import { getTranslations } from "next-intl/server";
import { signOutEverywhere, toggleUserDisabled } from "@/app/_actions/users";
import type { Account } from "@/db/queries/users";

/** Every account; plain forms per row disable or re-enable it and end its sessions (no JavaScript needed). */
export async function AccountList({ accounts, currentUserId }: { accounts: Account[]; currentUserId: number }) {
  const t = await getTranslations("users");
  const th = "border border-slate-300 px-2 py-2 text-left font-semibold";
  const td = "border border-slate-300 px-2 py-1.5";
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full border-collapse text-sm" data-testid="account-list">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>{t("field.username")}</th>
            <th scope="col" className={th}>{t("field.displayName")}</th>
            <th scope="col" className={th}>{t("field.role")}</th>
            <th scope="col" className={th}>{t("list.scope")}</th>
            <th scope="col" className={th}>{t("list.status")}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} data-username={a.username}>
              <td className={`${td} font-mono`}>{a.username}</td>
              <td className={td}>{a.displayName}</td>
              <td className={td}>{t(`role.${a.role}`)}</td>
              <td className={td}>{a.scopeUnitName ? `${a.scopeUnitName} (${a.scopeUnitCode})` : "—"}</td>
              <td className={td}>
                {a.disabled ? t("list.disabled") : t("list.active")}
                {a.id !== currentUserId && (
                  <form action={toggleUserDisabled} className="inline">
                    <input type="hidden" name="userId" value={a.id} />
                    <input type="hidden" name="disabled" value={a.disabled ? "false" : "true"} />
                    <button type="submit" className="ml-2 text-red-800 underline">
                      {a.disabled ? t("list.enable") : t("list.disable")}
                    </button>
                  </form>
                )}
                <form action={signOutEverywhere} className="inline">
                  <input type="hidden" name="userId" value={a.id} />
                  <button type="submit" className="ml-2 text-red-800 underline" aria-label={t("list.signOutEverywhereFor", { username: a.username })}>
                    {t("list.signOutEverywhere")}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
