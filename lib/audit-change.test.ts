import { describe, expect, it } from "vitest";
import { describeAuditChange } from "./audit-change";

describe("describeAuditChange", () => {
  it("lists the fields that changed, with the plan's year and version as context", () => {
    const before = { year: 2024, version: "council", comparator: "gte", value: 3620, valueMax: null, documentNumber: "01/NQ-HĐND", revision: 1 };
    const after = { ...before, value: 4164, documentNumber: "125/QĐ-UBND", revision: 2 };
    expect(describeAuditChange(before, after)).toEqual({
      context: [
        { field: "year", value: 2024 },
        { field: "version", value: "council" },
      ],
      changes: [
        { field: "value", before: 3620, after: 4164 },
        { field: "documentNumber", before: "01/NQ-HĐND", after: "125/QĐ-UBND" },
        { field: "revision", before: 1, after: 2 },
      ],
    });
  });

  it("gives a created record's fields without a before", () => {
    expect(describeAuditChange(null, { year: 2024, period: "Q1", value: 1250, status: "estimate", note: null }).changes).toEqual([
      { field: "value", after: 1250 },
      { field: "status", after: "estimate" },
      { field: "note", after: null },
    ]);
  });

  it("keeps a disabled flag and turns anything nested into text", () => {
    expect(describeAuditChange({ disabled: false }, { disabled: true }).changes).toEqual([{ field: "disabled", before: false, after: true }]);
    expect(describeAuditChange(null, { extra: { a: 1 } }).changes).toEqual([{ field: "extra", after: '{"a":1}' }]);
  });

  it("reads records that are not objects as empty", () => {
    expect(describeAuditChange("x", [1])).toEqual({ context: [], changes: [] });
  });
});
