import { describe, expect, it } from "vitest";
import { fieldName, figureWarnings, planForPeriod, readSubmission, validateEntry, type EntryRowContext, type SubmittedFigure } from "./entry";

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

  it("warns when a cumulative flow falls below the previous period, or a figure is far off last year", () => {
    const r = validateEntry([arrivals, production], submit({ 4: { value: "0,25" }, 1: { value: "9.500" } }));
    expect(r.errors).toEqual({});
    expect(r.warnings[fieldName("value", 4)]).toEqual([
      { code: "below_previous_period", previous: 0.3 },
      { code: "far_from_last_year", lastYear: 1.9 },
    ]);
    expect(r.warnings[fieldName("value", 1)]).toEqual([{ code: "far_from_last_year", lastYear: 950 }]);
    expect(r.figures).toHaveLength(2);
  });

  it("asks about a figure more than 3× or under ⅓ of its plan, the previous period or last year: income per head 754 for 75,4", () => {
    const row: EntryRowContext = { ...income, previousPeriod: 75.4, samePeriodLastYear: 70.2, planNow: 78 };
    const r = validateEntry([row], submit({ 2: { value: "754", revision: "3" } }));
    expect(r.warnings[fieldName("value", 2)]).toEqual([
      { code: "far_from_plan", plan: 78 },
      { code: "far_from_previous_period", previous: 75.4 },
      { code: "far_from_last_year", lastYear: 70.2 },
    ]);
    // Asked, not refused: the figure is ready to save once confirmed, and carries what was confirmed.
    expect(r.errors).toEqual({});
    expect(r.figures[0]!.warnings).toEqual(["far_from_plan", "far_from_previous_period", "far_from_last_year"]);
    expect(validateEntry([row], submit({ 2: { value: "76,1", revision: "3" } })).warnings).toEqual({});
  });

  it("sits on each side of 3× and ⅓, and leaves growth rates alone", () => {
    const at = (value: number, kind: "amount" | "growth" = "amount") =>
      figureWarnings({ timeBehaviour: "level", kind }, { value, status: "estimate" }, { current: null, previousPeriod: null, samePeriodLastYear: null, planNow: 10 }).map((w) => w.code);
    expect(at(30)).toEqual([]);
    expect(at(30.1)).toEqual(["far_from_plan"]);
    expect(at(3.4)).toEqual([]);
    expect(at(3.3)).toEqual(["far_from_plan"]);
    expect(at(31, "growth")).toEqual([]);
  });

  it("compares a flow with its plan's share of the year so far, a level with its plan", () => {
    expect(planForPeriod({ timeBehaviour: "flow", kind: "amount" }, { value: 18_964 }, "H1")).toBe(9_482);
    expect(planForPeriod({ timeBehaviour: "level", kind: "amount" }, { value: 78 }, "Q1")).toBe(78);
    expect(planForPeriod({ timeBehaviour: "level", kind: "ratio" }, null, "Q1")).toBeNull();
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

describe("the 1000× trap on the entry form", () => {
  const clearance: EntryRowContext = {
    indicator: { id: 5, kind: "amount", decimals: 3, timeBehaviour: "flow" },
    current: { value: 8.371, numerator: null, denominator: null, status: "estimate", note: null, revision: 1 },
    previousPeriod: 5.2,
    samePeriodLastYear: null,
  };

  it("refuses 8.371 ha where three decimals are allowed, with both readings to choose from", () => {
    const { errors, figures } = validateEntry([clearance], submit({ 5: { value: "8.371", revision: "1" } }));
    expect(figures).toEqual([]);
    expect(errors[fieldName("value", 5)]).toEqual({ code: "number", error: "ambiguous_dot", suggestion: "8,371", alternative: "8371", decimals: 3 });
  });

  it("asks for confirmation when a figure is about 1000 times the stored one or the previous period's, and keeps the warning with the figure", () => {
    const { errors, warnings, figures } = validateEntry([clearance], submit({ 5: { value: "8371", revision: "1" } }));
    expect(errors).toEqual({});
    expect(warnings[fieldName("value", 5)]).toEqual([{ code: "magnitude_jump", reference: "stored", referenceValue: 8.371, factor: 1000 }]);
    expect(figures[0]!.warnings).toEqual(["magnitude_jump"]);
    const fresh = validateEntry([{ ...clearance, current: null }], submit({ 5: { value: "0,0052" } }));
    expect(fresh.errors[fieldName("value", 5)]).toMatchObject({ error: "too_many_decimals" });
    const small = validateEntry([{ ...clearance, current: null }], submit({ 5: { value: "5200" } }));
    expect(small.warnings[fieldName("value", 5)]).toEqual([{ code: "magnitude_jump", reference: "previous_period", referenceValue: 5.2, factor: 1000 }]);
  });

  it("refuses a note with bidirectional overrides or control characters, and keeps line breaks", () => {
    for (const note of ["Số liệu \u202Eước\u202C", "ghi\u2066chú", "a\u0000b", "a\u0085b"]) {
      expect(validateEntry([production], submit({ 1: { value: "1.000", note } })).errors[fieldName("note", 1)]).toEqual({ code: "note_control_chars" });
    }
    expect(validateEntry([production], submit({ 1: { value: "1.000", note: "hai\r\ndòng\tcột" } })).figures[0]!.note).toBe("hai\r\ndòng\tcột");
  });
});
