import { describe, expect, it } from "vitest";
import { fromDocumentDate as parseDocumentDate, toDocumentDate as formatDocumentDate } from "./document-date";
import { defaultComparator, planFieldName, readPlanSubmission, validatePlans, type PlanRowContext } from "./plans";

const production: PlanRowContext = { indicator: { id: 1, kind: "amount", decimals: 0 }, current: null };
const growth: PlanRowContext = {
  indicator: { id: 2, kind: "growth", decimals: 1 },
  current: { comparator: "gte", value: 12.4, valueMax: null, documentNumber: "05/NQ-HĐND", documentDate: "2023-12-20", revision: 2 },
};
const share: PlanRowContext = { indicator: { id: 3, kind: "ratio", decimals: 1 }, current: null };
const doc = { number: "05/NQ-HĐND", date: "20/12/2023" };

describe("document dates", () => {
  it("reads dd/mm/yyyy and refuses dates that do not exist", () => {
    expect(parseDocumentDate("19/01/2024")).toBe("2024-01-19");
    expect(parseDocumentDate("1/7/2025")).toBe("2025-07-01");
    expect(parseDocumentDate("30/02/2024")).toBeNull();
    expect(parseDocumentDate("2024-01-19")).toBeNull();
    expect(formatDocumentDate("2024-01-19")).toBe("19/01/2024");
  });
});

describe("validating a plan form", () => {
  it("accepts plans in Vietnamese numbers under one source decision", () => {
    const form = { "value.1": "18.964", "comparator.1": "gte", "revision.1": "0", "value.3": "7,5", "valueMax.3": "8", "comparator.3": "range" };
    const r = validatePlans([production, share], readPlanSubmission(form, [1, 3]), doc);
    expect(r.errors).toEqual({});
    expect(r.document).toEqual({ number: "05/NQ-HĐND", date: "2023-12-20" });
    expect(r.plans).toEqual([
      { indicatorId: 1, comparator: "gte", value: 18964, valueMax: null, expectedRevision: 0 },
      { indicatorId: 3, comparator: "range", value: 7.5, valueMax: 8, expectedRevision: 0 },
    ]);
  });

  it("skips unchanged plans and blank new ones; refuses clearing a stored plan", () => {
    const unchanged = validatePlans([growth, production], readPlanSubmission({ "value.2": "12,4", "comparator.2": "gte", "revision.2": "2", "value.1": "", "comparator.1": "gte" }, [1, 2]), doc);
    expect(unchanged).toEqual({ plans: [], errors: {}, document: { number: "05/NQ-HĐND", date: "2023-12-20" } });
    const cleared = validatePlans([growth], readPlanSubmission({ "value.2": "", "comparator.2": "gte", "revision.2": "2" }, [2]), doc);
    expect(cleared.errors[planFieldName("value", 2)]).toEqual({ code: "required" });
  });

  it("stamps a new decision only on the plans it changes", () => {
    const r = validatePlans([growth], readPlanSubmission({ "value.2": "12,4", "comparator.2": "gte", "revision.2": "2" }, [2]), { number: "125/QĐ-UBND", date: "15/01/2024" });
    expect(r.plans).toEqual([]);
  });

  it("allows a negative growth target but no negative amount, and no share above 100%", () => {
    const r = validatePlans(
      [production, growth, share],
      readPlanSubmission({ "value.1": "-5", "comparator.1": "gte", "value.2": "-1,5", "comparator.2": "gte", "revision.2": "2", "value.3": "120", "comparator.3": "gte" }, [1, 2, 3]),
      doc,
    );
    expect(r.errors[planFieldName("value", 1)]).toMatchObject({ code: "number", error: "negative" });
    expect(r.errors[planFieldName("value", 2)]).toBeUndefined();
    expect(r.errors[planFieldName("value", 3)]).toEqual({ code: "percent_over_100" });
  });

  it("refuses incomplete or inverted ranges, unknown comparators and bad dates", () => {
    const r = validatePlans(
      [production, share],
      readPlanSubmission({ "value.1": "10", "comparator.1": "about", "value.3": "8", "valueMax.3": "7,5", "comparator.3": "range" }, [1, 3]),
      { number: "x".repeat(101), date: "31/04/2024" },
    );
    expect(r.errors[planFieldName("comparator", 1)]).toEqual({ code: "comparator_invalid" });
    expect(r.errors[planFieldName("valueMax", 3)]).toEqual({ code: "range_order" });
    expect(r.errors.documentNumber).toEqual({ code: "document_number_too_long" });
    expect(r.errors.documentDate).toEqual({ code: "document_date_invalid" });
    const open = validatePlans([share], readPlanSubmission({ "value.3": "7,5", "comparator.3": "range" }, [3]), doc);
    expect(open.errors[planFieldName("valueMax", 3)]).toEqual({ code: "range_max_required" });
  });

  it("asks for the decision's number and date when a plan is new or changed, and not when nothing changes", () => {
    const form = { "value.1": "18.964", "comparator.1": "gte", "revision.1": "0" };
    const r = validatePlans([production], readPlanSubmission(form, [1]), { number: "", date: "" });
    expect(r.errors).toEqual({ documentNumber: { code: "document_number_required" }, documentDate: { code: "document_date_required" } });
    const dateOnly = validatePlans([production], readPlanSubmission(form, [1]), { number: "05/NQ-HĐND", date: "" });
    expect(dateOnly.errors).toEqual({ documentDate: { code: "document_date_required" } });
    const unchanged = validatePlans([growth], readPlanSubmission({ "value.2": "12,4", "comparator.2": "gte", "revision.2": "2" }, [2]), { number: "", date: "" });
    expect(unchanged).toMatchObject({ plans: [], errors: {} });
  });
});

describe("a new plan's comparator", () => {
  it("follows the indicator's direction: ≥ for more, ≤ for a ceiling such as the poverty rate, a range for a range", () => {
    expect(defaultComparator("higher")).toBe("gte");
    expect(defaultComparator("lower")).toBe("lte");
    expect(defaultComparator("range")).toBe("range");
  });
});
