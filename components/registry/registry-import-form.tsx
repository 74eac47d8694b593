"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionRefusal } from "@/app/_actions/with-user";
import type { RegistryImportState } from "@/app/admin/registry/actions";

export function RegistryImportForm({
  action,
}: {
  action: (previous: RegistryImportState | ActionRefusal, formData: FormData) => Promise<RegistryImportState | ActionRefusal>;
}) {
  const t = useTranslations("registry.admin");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as RegistryImportState | ActionRefusal);
  return (
    <form action={formAction} className="space-y-2">
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-50">
        {t("run")}
      </button>
      {"ok" in state ? (
        <p role="status" className="text-red-800">
          {t("refused")}
        </p>
      ) : (
        state.status === "done" && <p role="status">{state.message}</p>
      )}
    </form>
  );
}
