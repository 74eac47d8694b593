// Form ⇔ file: a figure or a plan is accepted from a template row exactly when the form accepts it,
// and refused with the same refusal (hence the same message). Both go through the same rules
// (lib/entry.ts readFigure and readNote, lib/plans.ts readPlan); this holds them to it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPARATORS, PLAN_VERSIONS, type Comparator, type IndicatorKind } from "../domain";
import { validateEntry, type EntryIssue } from "../entry";
import { entryIssueMessage, planIssueMessage } from "../entry-messages";
import { validatePlans, type PlanIssue } from "../plans";
import type { IndicatorDef } from "../report";
import { validatePlanUpload } from "./plan-template";
import { TEMPLATE_COLUMNS } from "./template";
import { PLAN_COLUMNS } from "./plan-template";
import { planLabels, uploadLabels } from "./texts";
import { readUploadLayout, validateUpload, type UploadRow } from "./upload";

const indicator = (kind: IndicatorKind, decimals: number): IndicatorDef => ({
  id: 1, code: "CT", nameVi: "Chỉ tiêu", nameEn: "Indicator", group: "economy", measureVi: "ha", measureEn: "ha", direction: "higher",
  timeBehaviour: "flow", aggregation: "sum", kind, baseIndicatorId: kind === "growth" ? 2 : null, weightIndicatorId: null, decimals, sortOrder: 1,
});

/** What officials type: mostly number-like spellings (dots, commas, signs, a percent), sometimes anything. */
const typed = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^ ?[-+]?\d{0,7}([.,]\d{0,4}){0,3}%? ?$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "8.371", "41,795", "4.05", "1.234.567", "10.970,5", "-0", "1e3", "2.000.000.000.000") },
);
const note = fc.oneof(
  { weight: 3, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("Theo báo cáo\u202E", "a\u0007b", "hai\ndòng", "x".repeat(1001), "=1+2") },
);

type Refusal = [field: string, issue: EntryIssue | PlanIssue];
const sorted = (list: Refusal[]) => [...list].sort((a, b) => a[0].localeCompare(b[0]));

describe("a figure is accepted from a template row exactly when the entry form accepts it", () => {
  const labels = uploadLabels();
  const header = TEMPLATE_COLUMNS.map((c) => labels.columns[c]);
  const meta: UploadRow[] = [
    { row: 1, cells: [labels.meta.unitCode, "05443"] },
    { row: 2, cells: [labels.meta.year, "2025"] },
    { row: 3, cells: [labels.meta.period, labels.period("H1")[0]!] },
    { row: 5, cells: header },
  ];

  it("with the same refusal and the same message", () => {
    fc.assert(
      fc.property(fc.constantFrom<IndicatorKind>("amount", "count", "ratio"), fc.integer({ min: 0, max: 4 }), typed, typed, typed, note, (kind, decimals, a, b, c, text) => {
        const ind = indicator(kind, decimals);
        const ratio = kind === "ratio";
        const posted = ratio ? { value: "", numerator: a, denominator: b } : { value: c, numerator: "", denominator: "" };

        const form = validateEntry(
          [{ indicator: ind, current: null, previousPeriod: null, samePeriodLastYear: null }],
          new Map([[1, { ...posted, status: "estimate", note: text, revision: "0" }]]),
        );
        const cells = { code: "CT", indicator: null, measure: null, value: posted.value, status: labels.status("estimate")[0]!, numerator: posted.numerator, denominator: posted.denominator, note: text, revision: null };
        const rows = [...meta, { row: 6, cells: TEMPLATE_COLUMNS.map((col) => cells[col]) }];
        const file = validateUpload(readUploadLayout(rows, labels), labels, { unit: { code: "05443" }, scopeUnitCodes: null, indicators: [ind], current: new Map() });

        const formRefusals: Refusal[] = Object.entries(form.errors).map(([key, issue]) => [key.slice(0, key.indexOf(".")), issue]);
        const fileRefusals: Refusal[] = file.problems.map((p) => [p.field ?? "", p.issue ?? ({ code: p.code } as never)]);
        expect(sorted(fileRefusals)).toEqual(sorted(formRefusals));
        expect(sorted(fileRefusals).map(([, i]) => entryIssueMessage(i as EntryIssue))).toEqual(sorted(formRefusals).map(([, i]) => entryIssueMessage(i as EntryIssue)));
        expect(file.figures.map(({ value, numerator, denominator, note }) => ({ value, numerator, denominator, note }))).toEqual(
          form.figures.map(({ value, numerator, denominator, note }) => ({ value, numerator, denominator, note })),
        );
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe("a plan is accepted from a template row exactly when the plan form accepts it", () => {
  const labels = planLabels();
  const header = PLAN_COLUMNS.map((c) => labels.columns[c]);
  const meta: UploadRow[] = [
    { row: 1, cells: [labels.meta.unitCode, "05443"] },
    { row: 2, cells: [labels.meta.year, "2025"] },
    { row: 4, cells: header },
  ];

  it("with the same refusal and the same message", () => {
    fc.assert(
      fc.property(fc.constantFrom<IndicatorKind>("amount", "count", "ratio", "growth"), fc.integer({ min: 0, max: 4 }), fc.constantFrom<Comparator>(...COMPARATORS), typed, typed, (kind, decimals, comparator, value, max) => {
        const ind = indicator(kind, decimals);
        // The form shows the upper bound only for a range.
        const valueMax = comparator === "range" ? max : "";
        const form = validatePlans(
          [{ indicator: ind, current: null }],
          new Map([[1, { comparator, value, valueMax, revision: "0" }]]),
          { number: "NQ 15/NQ-HĐND", date: "19/01/2025" },
        );
        const cells = {
          code: "CT", indicator: null, measure: null, version: labels.version("council")[0]!, comparator: labels.comparator(comparator)[0]!,
          value, valueMax, documentNumber: "NQ 15/NQ-HĐND", documentDate: "19/01/2025", revision: null,
        };
        const rows = [...meta, { row: 5, cells: PLAN_COLUMNS.map((col) => cells[col]) }];
        const file = validatePlanUpload(rows, labels, { unit: { code: "05443" }, scopeUnitCodes: null, editableVersions: PLAN_VERSIONS, indicators: [ind], current: new Map() });

        const formRefusals: Refusal[] = Object.entries(form.errors).map(([key, issue]) => [key.slice(0, key.indexOf(".")), issue]);
        const fileRefusals: Refusal[] = file.problems.map((p) => [p.field ?? "", p.issue ?? ({ code: p.code } as never)]);
        expect(sorted(fileRefusals)).toEqual(sorted(formRefusals));
        expect(sorted(fileRefusals).map(([, i]) => planIssueMessage(i as PlanIssue))).toEqual(sorted(formRefusals).map(([, i]) => planIssueMessage(i as PlanIssue)));
        expect(file.plans.map(({ comparator, value, valueMax }) => ({ comparator, value, valueMax }))).toEqual(
          form.plans.map(({ comparator, value, valueMax }) => ({ comparator, value, valueMax })),
        );
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
