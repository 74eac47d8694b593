// Date-times as officials read them: in Vietnam's time zone whatever the server's, day first
// (dd/mm/yyyy, 24-hour clock). One set of formats serves next-intl's formatter in pages and these
// pure helpers in exports and upload messages, which take the time zone explicitly.
import { createFormatter, type DateTimeFormatOptions } from "use-intl/core";
import type { Locale } from "./domain";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const DAY_FIRST = { day: "2-digit", month: "2-digit", year: "numeric" } as const;

/** next-intl's named date-time formats (configured in lib/i18n/request.ts). */
export const DATE_TIME_FORMATS = {
  /** 20/01/2024 */
  date: DAY_FIRST,
  /** 00:30 20/01/2024 in Vietnamese, 20/01/2024, 00:30 in English. */
  dateTime: { ...DAY_FIRST, hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** With seconds, for the audit trail. */
  dateTimeSeconds: { ...DAY_FIRST, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" },
} satisfies Record<string, DateTimeFormatOptions>;
export type DateTimeStyle = keyof typeof DATE_TIME_FORMATS;

/** English dates stay day first (en-GB), as the documents the app works from write them. */
function intlLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-GB";
}

/** An instant (epoch milliseconds or Date) written for the reader, in the given time zone. */
export function formatDateTime(instant: number | Date, style: DateTimeStyle, options: { locale: Locale; timeZone: string }): string {
  const format = createFormatter({ locale: intlLocale(options.locale), timeZone: options.timeZone, formats: { dateTime: DATE_TIME_FORMATS } });
  return format.dateTime(instant, style);
}

/** ISO 8601 with the zone's offset, for files read by programs: "2024-01-20T00:30:05+07:00". */
export function isoDateTimeInZone(instant: number | Date, timeZone: string): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const mm = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}

/** The calendar date in the zone as "YYYY-MM-DD" (today where Vietnamese officials are, for a printed report). */
export function isoDateInZone(instant: number | Date, timeZone: string): string {
  return isoDateTimeInZone(instant, timeZone).slice(0, 10);
}
