// The message catalogue, one file per area and locale. Vietnamese is the reference: the test
// in messages.test.ts fails when the English catalogue lacks a key the Vietnamese one has.
import type { Locale } from "@/lib/domain";
import commonEn from "./en/common.json";
import reportEn from "./en/report.json";
import commonVi from "./vi/common.json";
import reportVi from "./vi/report.json";

export const MESSAGES = {
  vi: { common: commonVi, report: reportVi },
  en: { common: commonEn, report: reportEn },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["vi"];
