import { describe, expect, it } from "vitest";
import { fieldName, readSubmission, validateEntry, type EntryRowContext, type SubmittedFigure } from "./entry";

const production: EntryRowContext = {
  indicator: { id: 1, kind: "amount", decimals: 0, timeBehaviour: "flow" },
  current: null,
  previousPeriod: null,
  samePeriodLastYear: 950,
};
const income: EntryRowContext = {
  indicator: { id: 2, kind: "amount", decimals: 1, timeBehaviour: "level" },
  current: { value: 75.4, numerator: null, denominator: null, status: "estimate", note: null, revision: 3 },
  previousPeriod: null,
  samePeriodLastYear: 70.2,
};
const poorRate: EntryRowContext = {
  indicator: { id: 3, kind: "ratio", decimals: 2, timeBehaviour: "level" },
  current: null,
  previousPeriod: null,
  samePeriodLastYear: null,
};
const arrivals: EntryRowContext = {
  indicator: { id: 4, kind: "amount", decimals: 2, timeBehaviour: "flow" },
  current: null,
  previousPeriod: 0.3,
  samePeriodLastYear: 1.9,
};

const submit = (entries: Record<number, SubmittedFigure>) =>
  new Map(Object.entries(entries).map(([k, v]) => [Number(k), { status: "estimate", revision: "0", ...v }]));

describe("reading a posted entry form", () => {
  it("groups fields by indicator and ignores indicators not in the form", () => {
    const form = { "value.1": "1.000", "status.1": "official", "revision.1": "2", "value.9": "5", "unitId": "7" };
    expect(readSubmission(form, [1, 2])).toEqual(new Map([[1, { value: "1.000", status: "official", revision: "2" }]]));
  });
});

describe("validating an entry form", () => {
  it("accepts Vietnamese numbers and computes ratios from numerator and denominator", () => {
    const r = validateEntry([production, poorRate], submit({ 1: { value: "1.020" }, 3: { numerator: "3", denominator: "2.890" } }));
    expect(r.errors).toEqual({});
    expect(r.figures).toEqual([
      { indicatorId: 1, value: 1020, numerator: null, denominator: null, status: "estimate", note: null, expectedRevision: 0 },
      { indicatorId: 3, value: (3 / 2890) * 100, numerator: 3, denominator: 2890, status: "estimate", note: null, expectedRevision: 0 },
    ]);
  });

  it("refuses ambiguous, malformed, negative and huge numbers with the parser's reason", () => {
    const r = validateEntry(
      [production, income, arrivals],
      submit({ 1: { value: "1,020" }, 2: { value: "-5" }, 4: { value: "4.05" } }),
    );
    expect(r.figures).toEqual([]);
    expect(r.errors[fieldName("value", 1)]).toMatchObject({ code: "number", error: "ambiguous_comma", suggestion: "1.020" });
    expect(r.errors[fieldName("value", 2)]).toMatchObject({ code: "number", error: "negative" });
    expect(r.errors[fieldName("value", 4)]).toMatchObject({ code: "number", error: "decimal_dot", suggestion: "4,05" });
    const huge = validateEntry([production], submit({ 1: { value: "1.000.000.000.000.000" } }));
    expect(huge.errors[fieldName("value", 1)]).toMatchObject({ error: "too_large" });
    const words = validateEntry([production], submit({ 1: { value: "<script>1</script>" } }));
    expect(words.errors[fieldName("value", 1)]).toMatchObject({ error: "invalid" });
  });

  it("refuses impossible ratios and half-entered ones", () => {
    const r = (n: string, d: string) => validateEntry([poorRate], submit({ 3: { numerator: n, denominator: d } }));
    expect(r("5", "0").errors[fieldName("denominator", 3)]).toEqual({ code: "denominator_zero" });
    expect(r("11", "10").errors[fieldName("numerator", 3)]).toEqual({ code: "numerator_over_denominator" });
    expect(r("5", "").errors[fieldName("denominator", 3)]).toEqual({ code: "ratio_incomplete" });
    expect(r("2,5", "10").errors[fieldName("numerator", 3)]).toMatchObject({ code: "number" });
  });

  it("skips blank new figures and unchanged stored ones, but refuses clearing a stored figure", () => {
    const untouched = validateEntry([production, income], submit({ 1: { value: "" }, 2: { value: "75,4", revision: "3" } }));
    expect(untouched).toEqual({ figures: [], errors: {}, warnings: {} });
    const cleared = validateEntry([income], submit({ 2: { value: " ", revision: "3" } }));
    expect(cleared.errors[fieldName("value", 2)]).toEqual({ code: "required" });
  });

  it("treats a new status or note alone as a change, keeping the loaded revision", () => {
    const r = validateEntry([income], submit({ 2: { value: "75,4", status: "official", note: "Cục Thống kê", revision: "3" } }));
    expect(r.figures).toEqual([
      { indicatorId: 2, value: 75.4, numerator: null, denominator: null, status: "official", note: "Cục Thống kê", expectedRevision: 3 },
    ]);
  });

  it("warns when a cumulative flow falls below the previous period, or a figure is ten times off last year", () => {
    const r = validateEntry([arrivals, production], submit({ 4: { value: "0,25" }, 1: { value: "9.500" } }));
    expect(r.errors).toEqual({});
    expect(r.warnings[fieldName("value", 4)]).toEqual([{ code: "below_previous_period", previous: 0.3 }]);
    expect(r.warnings[fieldName("value", 1)]).toEqual([{ code: "far_from_last_year", lastYear: 950 }]);
    expect(r.figures).toHaveLength(2);
  });

  it("warns when an official figure would be replaced by an estimate", () => {
    const official = { ...income, current: { ...income.current!, status: "official" as const } };
    const r = validateEntry([official], submit({ 2: { value: "76", status: "estimate", revision: "3" } }));
    expect(r.warnings[fieldName("value", 2)]).toEqual([{ code: "status_downgrade", from: "official", to: "estimate" }]);
  });

  it("keeps script tags in notes as plain text, and refuses overlong notes, bad statuses and forged revisions", () => {
    const script = validateEntry([production], submit({ 1: { value: "1.000", note: "<script>alert(1)</script>" } }));
    expect(script.figures[0]?.note).toBe("<script>alert(1)</script>");
    const bad = validateEntry(
      [production, arrivals],
      submit({ 1: { value: "1.000", note: "x".repeat(1001), status: "final" }, 4: { value: "1", revision: "-1" } }),
    );
    expect(bad.figures).toEqual([]);
    expect(bad.errors[fieldName("note", 1)]).toEqual({ code: "note_too_long", max: 1000 });
    expect(bad.errors[fieldName("status", 1)]).toEqual({ code: "status_invalid" });
    expect(bad.errors[fieldName("revision", 4)]).toEqual({ code: "revision_invalid" });
    const control = validateEntry([production], submit({ 1: { value: "1", note: "a\u0000b" } }));
    expect(control.errors[fieldName("note", 1)]).toEqual({ code: "note_control_chars" });
  });
});
