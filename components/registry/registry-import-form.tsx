"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionRefusal } from "@/app/_actions/with-user";
import type { RegistryImportState } from "@/app/[locale]/admin/registry/actions";
import { formatNumber } from "@/lib/numbers";
import { Button } from "@/components/ui/button";
import { TableHead, tdClass, thClass } from "@/components/ui/table";

const KINDS = ["provinces", "communes", "predecessors", "lineage"] as const;

export function RegistryImportForm({
  action,
}: {
  action: (previous: RegistryImportState | ActionRefusal, formData: FormData) => Promise<RegistryImportState | ActionRefusal>;
}) {
  const t = useTranslations("registry.admin");
  const locale = useLocale() === "en" ? "en" : "vi";
  const n = (v: number) => formatNumber(v, 0, locale);
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RegistryImportState | ActionRefusal);
  const th = thClass({ dense: true });
  const td = tdClass({ dense: true, className: "text-right tabular-nums" });
  return (
    <form action={formAction} className="space-y-3">
      <Button type="submit" disabled={pending}>
        {pending ? t("running") : t("run")}
      </Button>
      {"ok" in state ? (
        <p role="status" className="text-red-800">
          {t("refused")}
        </p>
      ) : (
        state.status === "done" && (
          <div role="status" className="space-y-2">
            <p>{t("done", { ms: n(state.milliseconds) })}</p>
            <table className="border-collapse text-sm" data-testid="registry-import-counts">
              <TableHead>
                <tr>
                  <th scope="col" className={th}>
                    {t("counts.kind")}
                  </th>
                  <th scope="col" className={th}>
                    {t("counts.added")}
                  </th>
                  <th scope="col" className={th}>
                    {t("counts.unchanged")}
                  </th>
                </tr>
              </TableHead>
              <tbody>
                {KINDS.map((kind) => (
                  <tr key={kind}>
                    <th scope="row" className={th}>
                      {t(`counts.${kind}`)}
                    </th>
                    <td className={td}>{n(state.counts[kind].inserted)}</td>
                    <td className={td}>{n(state.counts[kind].existing)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {t("skipped", {
                mappings: n(state.skipped.mappings),
                noOldCode: n(state.skipped.noOldCode),
                noPredecessor: n(state.skipped.noPredecessor),
              })}
            </p>
            <p>{t(KINDS.every((kind) => state.counts[kind].inserted === 0) ? "nothingChanged" : "audited")}</p>
          </div>
        )
      )}
    </form>
  );
}
