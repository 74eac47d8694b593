import { getLocale, getTranslations } from "next-intl/server";
import type { AuditRow } from "@/db/queries/audit";
import type { Locale } from "@/lib/domain";
import { AuditChangeText } from "./audit-change";

const KNOWN_ACTIONS = ["actual.create", "actual.update", "plan.create", "plan.update", "indicator.create", "user.create", "user.disable", "user.enable", "user.sign_out_everywhere", "registry.import"] as const;

export async function AuditTable({ entries }: { entries: AuditRow[] }) {
  const t = await getTranslations("audit");
  const tAll = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const format = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Ho_Chi_Minh" });
  const th = "border border-slate-300 px-2 py-2 text-left font-semibold";
  const td = "border border-slate-300 px-2 py-1.5 align-top";
  if (entries.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full border-collapse text-sm" data-testid="audit-table">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={th}>{t("columns.at")}</th>
            <th scope="col" className={th}>{t("columns.user")}</th>
            <th scope="col" className={th}>{t("columns.action")}</th>
            <th scope="col" className={th}>{t("columns.unit")}</th>
            <th scope="col" className={th}>{t("columns.indicator")}</th>
            <th scope="col" className={th}>{t("columns.change")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const action = KNOWN_ACTIONS.find((a) => a === e.action);
            return (
              <tr key={e.id} data-action={e.action}>
                <td className={`${td} whitespace-nowrap`}>{format.format(e.at)}</td>
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
      </table>
    </div>
  );
}
