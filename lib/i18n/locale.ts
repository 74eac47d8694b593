import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/domain";

/** The cookie that keeps the language an official chose with the switcher. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
}

export function isLocale(value: string): value is Locale {
  return LOCALES.some((l) => l === value);
}
