import type { ComponentProps } from "react";
import { toDocumentDate } from "@/lib/document-date";
import { Input } from "./input";

// Day first whatever the browser's language: a native date field shows mm/dd/yyyy in an en-US browser.
const DAY_FIRST_PATTERN = "\\d{1,2}/\\d{1,2}/\\d{4}";

/**
 * A date typed as Vietnamese documents write it (dd/mm/yyyy); `value` is the ISO day it opens on.
 * The page reads what was typed through fromDocumentDate and keeps ISO in its links.
 */
export function DayInput({ value, className, ...props }: Omit<ComponentProps<typeof Input>, "type" | "defaultValue" | "value" | "pattern" | "inputMode"> & { value?: string | null }) {
  return <Input type="text" inputMode="numeric" pattern={DAY_FIRST_PATTERN} defaultValue={toDocumentDate(value ?? null) ?? ""} className={className} {...props} />;
}
