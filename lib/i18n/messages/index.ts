// The message catalogue, one file per area and locale. Vietnamese is the reference: the test
// in messages.test.ts fails when the English catalogue lacks a key the Vietnamese one has.
import type { Locale } from "@/lib/domain";
import commonEn from "./en/common.json";
import printEn from "./en/print.json";
import registryEn from "./en/registry.json";
import reportEn from "./en/report.json";
import spreadsheetEn from "./en/spreadsheet.json";
import commonVi from "./vi/common.json";
import printVi from "./vi/print.json";
import registryVi from "./vi/registry.json";
import reportVi from "./vi/report.json";
import spreadsheetVi from "./vi/spreadsheet.json";

export const MESSAGES = {
  vi: { common: commonVi, report: reportVi, print: printVi, spreadsheet: spreadsheetVi, registry: registryVi },
  en: { common: commonEn, report: reportEn, print: printEn, spreadsheet: spreadsheetEn, registry: registryEn },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["vi"];
