"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { RegistryImportState } from "@/app/admin/registry/actions";

export function RegistryImportForm({
  action,
  enabled,
}: {
  action: (previous: RegistryImportState) => Promise<RegistryImportState>;
  enabled: boolean;
}) {
  const t = useTranslations("registry.admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-2">
      {!enabled && <p className="text-amber-800">{t("locked")}</p>}
      <button type="submit" disabled={!enabled || pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-50">
        {t("run")}
      </button>
      {state.status !== "idle" && (
        <p role="status" className={state.status === "refused" ? "text-red-800" : ""}>
          {state.message}
        </p>
      )}
    </form>
  );
}
