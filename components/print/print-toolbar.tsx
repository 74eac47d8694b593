"use client";

import { useTranslations } from "next-intl";

/**
 * One click to a PDF: the browser's print dialog with the A4 landscape stylesheet, where
 * "Save as PDF" writes the file. No server-side renderer is needed in production.
 */
export function PrintButton() {
  const t = useTranslations("print.toolbar");
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
      {t("print")}
    </button>
  );
}
