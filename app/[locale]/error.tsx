"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="space-y-3 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <button type="button" onClick={reset} className="rounded bg-red-800 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
