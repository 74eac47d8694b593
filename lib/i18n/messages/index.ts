// The message catalogue, one file per area and locale. Vietnamese is the reference: the test
// in messages.test.ts fails when the English catalogue lacks a key the Vietnamese one has.
import type { Locale } from "@/lib/domain";
import allocationEn from "./en/allocation.json";
import auditEn from "./en/audit.json";
import authEn from "./en/auth.json";
import commonEn from "./en/common.json";
import entryEn from "./en/entry.json";
import indicatorsEn from "./en/indicators.json";
import plansEn from "./en/plans.json";
import reportEn from "./en/report.json";
import usersEn from "./en/users.json";
import allocationVi from "./vi/allocation.json";
import auditVi from "./vi/audit.json";
import authVi from "./vi/auth.json";
import commonVi from "./vi/common.json";
import entryVi from "./vi/entry.json";
import indicatorsVi from "./vi/indicators.json";
import plansVi from "./vi/plans.json";
import reportVi from "./vi/report.json";
import usersVi from "./vi/users.json";

export const MESSAGES = {
  vi: { common: commonVi, report: reportVi, entry: entryVi, auth: authVi, plans: plansVi, allocation: allocationVi, indicators: indicatorsVi, audit: auditVi, users: usersVi },
  en: { common: commonEn, report: reportEn, entry: entryEn, auth: authEn, plans: plansEn, allocation: allocationEn, indicators: indicatorsEn, audit: auditEn, users: usersEn },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["vi"];
