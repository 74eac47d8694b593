import type { getTranslations } from "next-intl/server";
import { describeAuditChange, type AuditValue } from "@/lib/audit-change";
import type { Locale } from "@/lib/domain";
import { formatNumberUpTo } from "@/lib/numbers";
import { toDocumentDate } from "@/lib/document-date";

const AUDIT_FIELDS = new Set([
  "year", "period", "version", "value", "numerator", "denominator", "status", "note", "revision", "comparator", "valueMax",
  "documentNumber", "documentDate", "username", "displayName", "role", "scopeUnitId", "disabled", "confirmed",
  // A registry import's counts (db/registry/import.ts).
  "via", "provincesAdded", "provincesUnchanged", "communesAdded", "communesUnchanged", "formerUnitsAdded", "formerUnitsUnchanged",
  "lineageAdded", "lineageUnchanged",
  // A unit's document details (db/mutations/signatures.ts).
  "recipients", "authority", "deputy", "signerTitle", "signerName", "preparer",
]);
const INDICATOR_FIELDS = new Set([
  "code", "nameVi", "nameEn", "group", "measureVi", "measureEn", "direction", "timeBehaviour", "aggregation", "kind", "decimals",
  "baseIndicatorId", "weightIndicatorId", "tolerance",
]);
/** Fields whose value is a code with a name in the catalogue, and where that name lives. */
const CODED = {
  period: "common.period",
  version: "common.planVersion",
  status: "common.figureStatus",
  comparator: "common.comparator",
  group: "common.group",
  role: "users.role",
  direction: "indicators.option.direction",
  timeBehaviour: "indicators.option.timeBehaviour",
  aggregation: "indicators.option.aggregation",
  kind: "indicators.option.kind",
  via: "audit.via",
} as const;
/** Numbers that are names, not quantities: never grouped ("2024", not "2.024"). */
const PLAIN_NUMBERS = new Set(["year", "revision", "decimals", "scopeUnitId", "baseIndicatorId", "weightIndicatorId"]);

type Translate = Awaited<ReturnType<typeof getTranslations<never>>>;

/**
 * One audit row's change in words: context, then each changed field as before → after. Text only,
 * never markup. Synchronous, with the table's translator, so that long tables translate once.
 */
export function AuditChangeText({ before, after, t, locale }: { before: unknown; after: unknown; t: Translate; locale: Locale }) {
  const { context, changes } = describeAuditChange(before, after);

  const label = (field: string) =>
    AUDIT_FIELDS.has(field) ? t(`audit.field.${field}` as "audit.field.value") : INDICATOR_FIELDS.has(field) ? t(`indicators.field.${field}` as "indicators.field.code") : field;
  const value = (field: string, v: AuditValue | undefined): string => {
    if (v === undefined || v === null || v === "") return t("audit.value.empty");
    if (typeof v === "boolean") return t(v ? "audit.value.yes" : "audit.value.no");
    if (typeof v === "number") return PLAIN_NUMBERS.has(field) ? String(v) : formatNumberUpTo(v, 4, locale);
    if (field === "documentDate") return toDocumentDate(v) ?? "";
    // The warnings an official confirmed before saving, by code ("magnitude_jump,status_downgrade").
    if (field === "confirmed") return v.split(",").map((code) => (t.has(`audit.warning.${code}` as "audit.warning.magnitude_jump") ? t(`audit.warning.${code}` as "audit.warning.magnitude_jump") : code)).join("; ");
    const namespace = CODED[field as keyof typeof CODED];
    return namespace && t.has(`${namespace}.${v}` as "common.period.Q1") ? t(`${namespace}.${v}` as "common.period.Q1") : v;
  };

  return (
    <>
      {context.length > 0 && (
        <span className="block text-slate-600">{context.map((c) => `${label(c.field)}: ${value(c.field, c.value)}`).join(" · ")}</span>
      )}
      {changes.map((c) => (
        <span key={c.field} className="block">
          {label(c.field)}: {"before" in c ? `${value(c.field, c.before)} → ` : ""}
          {value(c.field, c.after)}
        </span>
      ))}
    </>
  );
}
