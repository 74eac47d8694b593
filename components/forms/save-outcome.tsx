"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** What a save of many figures did: how many it saved, or why it refused (under `<form>.result`). */
export function SaveOutcome({ state, form, "data-testid": testId }: { state: { ok: true; saved: number } | { ok: false; error: string; reason?: string } | null; form: "entry" | "plans"; "data-testid": string }) {
  const t = useTranslations(`${form}.result`);
  if (state === null) return null;
  return (
    <Alert tone={state.ok ? "success" : "error"} data-testid={testId}>
      {state.ok ? (state.saved > 0 ? t("saved", { count: state.saved }) : t("nothingChanged")) : t((state.reason ?? state.error) as "nothingChanged")}
    </Alert>
  );
}
