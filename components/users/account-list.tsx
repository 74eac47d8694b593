import { getTranslations } from "next-intl/server";
import { signOutEverywhere, toggleUserDisabled } from "@/app/_actions/users";
import type { Account } from "@/server/views/admin";
import { Button } from "@/components/ui/button";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";

/** Every account; plain forms per row disable or re-enable it and end its sessions (no JavaScript needed). */
export async function AccountList({ accounts, currentUserId }: { accounts: Account[]; currentUserId: number }) {
  const t = await getTranslations("users");
  const th = thClass();
  const td = tdClass();
  return (
    <TableCard>
      <Table data-testid="account-list">
        <TableHead>
          <tr>
            <th scope="col" className={th}>{t("field.username")}</th>
            <th scope="col" className={th}>{t("field.displayName")}</th>
            <th scope="col" className={th}>{t("field.role")}</th>
            <th scope="col" className={th}>{t("list.scope")}</th>
            <th scope="col" className={th}>{t("list.status")}</th>
          </tr>
        </TableHead>
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
                    <Button type="submit" variant="link" className="ml-2">
                      {a.disabled ? t("list.enable") : t("list.disable")}
                    </Button>
                  </form>
                )}
                <form action={signOutEverywhere} className="inline">
                  <input type="hidden" name="userId" value={a.id} />
                  <Button type="submit" variant="link" className="ml-2" aria-label={t("list.signOutEverywhereFor", { username: a.username })}>
                    {t("list.signOutEverywhere")}
                  </Button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableCard>
  );
}
