// The message catalogue, one file per area and locale. Vietnamese is the reference: the test
// in messages.test.ts fails when the English catalogue lacks a key the Vietnamese one has.
import type { Locale } from "@/lib/domain";
import chartEn from "./en/chart.json";
import commonEn from "./en/common.json";
import compareEn from "./en/compare.json";
import dashboardEn from "./en/dashboard.json";
import reportEn from "./en/report.json";
import chartVi from "./vi/chart.json";
import commonVi from "./vi/common.json";
import compareVi from "./vi/compare.json";
import dashboardVi from "./vi/dashboard.json";
import reportVi from "./vi/report.json";

export const MESSAGES = {
  vi: { common: commonVi, report: reportVi, dashboard: dashboardVi, chart: chartVi, compare: compareVi },
  en: { common: commonEn, report: reportEn, dashboard: dashboardEn, chart: chartEn, compare: compareEn },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["vi"];
