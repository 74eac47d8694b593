"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * One click to a PDF: the browser's print dialog with the A4 landscape stylesheet, where
 * "Save as PDF" writes the file. No server-side renderer is needed in production.
 */
export function PrintButton() {
  const t = useTranslations("print.toolbar");
  return (
    <Button type="button" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
