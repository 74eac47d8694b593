import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/server/views/audit";
import { formatDateTime } from "@/lib/date-time";
import type { Locale } from "@/lib/domain";
import { AuditChangeText } from "./audit-change";
import { Table, TableCard, TableHead, tdClass, thClass } from "@/components/ui/table";

const KNOWN_ACTIONS = ["actual.create", "actual.update", "plan.create", "plan.update", "indicator.create", "indicator.update", "user.create", "user.disable", "user.enable", "user.sign_out_everywhere", "registry.import", "document.create", "document.update"] as const;

export async function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = await getTranslations("audit");
  const tAll = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const th = thClass();
  const td = tdClass({ className: "align-top" });
  if (entries.length === 0) return <p>{t("empty")}</p>;
  return (
    <TableCard>
      <Table data-testid="audit-table">
        <TableHead>
          <tr>
            <th scope="col" className={th}>{t("columns.at")}</th>
            <th scope="col" className={th}>{t("columns.user")}</th>
            <th scope="col" className={th}>{t("columns.action")}</th>
            <th scope="col" className={th}>{t("columns.unit")}</th>
            <th scope="col" className={th}>{t("columns.indicator")}</th>
            <th scope="col" className={th}>{t("columns.change")}</th>
          </tr>
        </TableHead>
        <tbody>
          {entries.map((e) => {
            const action = KNOWN_ACTIONS.find((a) => a === e.action);
            return (
              <tr key={e.id} data-action={e.action}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(e.at, "dateTimeSeconds", { locale, timeZone })}</td>
                {/* No user: the system itself, e.g. the registry import run from the command line. */}
                <td className={td}>{e.user ?? t("systemActor")}</td>
                <td className={td}>{action ? t(`action.${action.replace(".", "_")}`) : e.action}</td>
                <td className={td}>{e.unitName ? `${e.unitName} (${e.unitCode})` : "—"}</td>
                <td className={`${td} font-mono`}>{e.indicatorCode ?? "—"}</td>
                <td className={`${td} break-words text-xs`}>
                  <AuditChangeText before={e.before} after={e.after} t={tAll} locale={locale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </TableCard>
  );
}
