// The message catalogue, one file per area and locale. Vietnamese is the reference: the test
// in messages.test.ts fails when the English catalogue lacks a key the Vietnamese one has.
import type { Locale } from "@/lib/domain";
import allocationEn from "./en/allocation.json";
import auditEn from "./en/audit.json";
import authEn from "./en/auth.json";
import chartEn from "./en/chart.json";
import commonEn from "./en/common.json";
import compareEn from "./en/compare.json";
import dashboardEn from "./en/dashboard.json";
import entryEn from "./en/entry.json";
import indicatorsEn from "./en/indicators.json";
import plansEn from "./en/plans.json";
import printEn from "./en/print.json";
import registryEn from "./en/registry.json";
import reportEn from "./en/report.json";
import spreadsheetEn from "./en/spreadsheet.json";
import usersEn from "./en/users.json";
import allocationVi from "./vi/allocation.json";
import auditVi from "./vi/audit.json";
import authVi from "./vi/auth.json";
import chartVi from "./vi/chart.json";
import commonVi from "./vi/common.json";
import compareVi from "./vi/compare.json";
import dashboardVi from "./vi/dashboard.json";
import entryVi from "./vi/entry.json";
import indicatorsVi from "./vi/indicators.json";
import plansVi from "./vi/plans.json";
import printVi from "./vi/print.json";
import registryVi from "./vi/registry.json";
import reportVi from "./vi/report.json";
import spreadsheetVi from "./vi/spreadsheet.json";
import usersVi from "./vi/users.json";

export const MESSAGES = {
  vi: {
    allocation: allocationVi,
    audit: auditVi,
    auth: authVi,
    chart: chartVi,
    common: commonVi,
    compare: compareVi,
    dashboard: dashboardVi,
    entry: entryVi,
    indicators: indicatorsVi,
    plans: plansVi,
    print: printVi,
    registry: registryVi,
    report: reportVi,
    spreadsheet: spreadsheetVi,
    users: usersVi,
  },
  en: {
    allocation: allocationEn,
    audit: auditEn,
    auth: authEn,
    chart: chartEn,
    common: commonEn,
    compare: compareEn,
    dashboard: dashboardEn,
    entry: entryEn,
    indicators: indicatorsEn,
    plans: plansEn,
    print: printEn,
    registry: registryEn,
    report: reportEn,
    spreadsheet: spreadsheetEn,
    users: usersEn,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["vi"];
