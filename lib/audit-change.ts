// What one audit row says changed, read from the before and after records that every mutation writes.
// Pure: the audit page words the fields and values in the interface language.

export type AuditValue = string | number | boolean | null;

export interface AuditChange {
  field: string;
  /** Absent when the record was created (or the field is new to it). */
  before?: AuditValue;
  after?: AuditValue;
}

export interface AuditDescription {
  /** Where the change applies, whether or not it changed: year, period, plan version. */
  context: { field: string; value: AuditValue }[];
  changes: AuditChange[];
}

const CONTEXT_FIELDS = ["year", "period", "version"];

function record(value: unknown): Record<string, AuditValue> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const result: Record<string, AuditValue> = {};
  for (const [k, v] of Object.entries(value)) {
    result[k] = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : JSON.stringify(v);
  }
  return result;
}

export function describeAuditChange(before: unknown, after: unknown): AuditDescription {
  const b = record(before);
  const a = record(after);
  const context = CONTEXT_FIELDS.filter((f) => f in a || f in b).map((field) => ({ field, value: field in a ? a[field]! : b[field]! }));
  const changes: AuditChange[] = [];
  for (const field of Object.keys({ ...b, ...a })) {
    if (CONTEXT_FIELDS.includes(field) || b[field] === a[field]) continue;
    const change: AuditChange = { field };
    if (field in b) change.before = b[field];
    if (field in a) change.after = a[field];
    changes.push(change);
  }
  return { context, changes };
}
