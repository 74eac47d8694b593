"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { saveSignature, type SaveSignatureState } from "@/app/_actions/document-signature";
import type { ActionRefusal } from "@/app/_actions/with-user";
import type { SignatureFields } from "@/lib/official-document";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";

type State = SaveSignatureState | ActionRefusal | null;

const LINES = ["documentNumber", "authority", "deputy", "signerTitle", "signerName", "preparer"] as const;

/** The fields an office fills in once for the unit's documents; kept on the server, printed on every copy. */
export function SignatureForm({ unitId, fields }: { unitId: number; fields: SignatureFields }) {
  const t = useTranslations("print.document.form");
  const router = useRouter();
  const [state, action, pending] = useActionState<State, FormData>(saveSignature, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const invalid = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <details className="no-print rounded border border-slate-200 bg-white p-3" open={state !== null && !state.ok}>
      <summary className="cursor-pointer font-semibold">{t("heading")}</summary>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="unitId" value={unitId} />
        {LINES.map((name) => (
          <label key={name} className="flex flex-col text-sm">
            {t(name)}
            <Input name={name} defaultValue={fields[name]} maxLength={100} aria-invalid={invalid[name] ? true : undefined} className="mt-1" />
          </label>
        ))}
        <label className="flex flex-col text-sm sm:col-span-2">
          {t("recipients")}
          <Textarea name="recipients" defaultValue={fields.recipients.join("\n")} rows={4} aria-invalid={invalid.recipients ? true : undefined} className="mt-1" />
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          {state && (
            <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-emerald-800" : "text-red-800"}>
              {state.ok ? t("saved") : state.error === "forbidden" || state.error === "unauthenticated" ? t("forbidden") : `${t("error")} ${t("tooLong")}`}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
