import { describe, expect, it } from "vitest";
import { PLAN_VERSIONS } from "../domain";
import type { IndicatorDef } from "../report";
import { readCsv } from "./csv-read";
import { fromDocumentDate } from "../document-date";
import { isPlanTemplate, planKey, plansToSave, planTemplateSheet, validatePlanUpload, type CurrentPlan } from "./plan-template";
import { toCsv } from "./sheet";
import { planLabels, planTemplateText, uploadLabels } from "./texts";
import type { UploadRow } from "./upload";
import { readXlsx, toXlsx } from "./xlsx";

const ind = (id: number, code: string, over: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code, nameVi: code, nameEn: code, group: "economy", measureVi: "tỷ đồng", measureEn: "billion VND", direction: "higher",
  timeBehaviour: "flow", aggregation: "sum", kind: "amount", baseIndicatorId: null, weightIndicatorId: null, decimals: 0, sortOrder: id, ...over,
});
const INDICATORS = [
  ind(1, "GTSX"),
  ind(2, "GTSX_TANG", { kind: "growth", baseIndicatorId: 1, decimals: 1, measureVi: "%" }),
  ind(3, "TY_LE_HO_NGHEO", { decimals: 2, direction: "lower", measureVi: "%" }),
  ind(4, "TANG_TRUONG", { decimals: 1, direction: "range", measureVi: "%" }),
];
const current = new Map<string, CurrentPlan>([
  [planKey(1, "council"), { revision: 1, comparator: "gte", value: 18964, valueMax: null, documentNumber: "NQ 15/NQ-HĐND", documentDate: "2024-01-19" }],
  [planKey(2, "council"), { revision: 1, comparator: "gte", value: 12.4, valueMax: null, documentNumber: null, documentDate: null }],
  [planKey(3, "higher_level"), { revision: 3, comparator: "lte", value: 0.2, valueMax: null, documentNumber: null, documentDate: null }],
  [planKey(4, "adjusted"), { revision: 1, comparator: "range", value: 7.5, valueMax: 8, documentNumber: null, documentDate: null }],
]);
const unit = { code: "381", name: "Thị xã Bỉm Sơn" };
const labels = planLabels();
const context = { unit: { code: "381" }, scopeUnitCodes: null, editableVersions: PLAN_VERSIONS, indicators: INDICATORS, current };
const sheet = () => planTemplateSheet({ unit, year: 2024, indicators: INDICATORS, current }, planTemplateText({ unitName: unit.name, year: 2024 }));

describe("the plans template", () => {
  it("has a row per indicator for both plans, and the adjusted plan where there is one", () => {
    const rows = sheet().rows.map((r) => [r[0], r[3], r[4], r[5]]);
    expect(rows).toEqual([
      ["GTSX", "KH cấp trên giao", null, null],
      ["GTSX", "KH HĐND giao", "trở lên", 18964],
      ["GTSX_TANG", "KH cấp trên giao", null, null],
      ["GTSX_TANG", "KH HĐND giao", "trở lên", 12.4],
      ["TY_LE_HO_NGHEO", "KH cấp trên giao", "tối đa", 0.2],
      ["TY_LE_HO_NGHEO", "KH HĐND giao", null, null],
      ["TANG_TRUONG", "KH cấp trên giao", null, null],
      ["TANG_TRUONG", "KH HĐND giao", null, null],
      ["TANG_TRUONG", "KH điều chỉnh", "trong khoảng", 7.5],
    ]);
    expect(sheet().rows[1]![8]).toBe("19/01/2024");
  });

  it("round-trips through .xlsx and CSV without a change, and is told apart from the actuals template", async () => {
    const [read] = await readXlsx(await toXlsx([sheet()]));
    for (const rows of [read!.rows, readCsv(toCsv(sheet()))]) {
      expect(isPlanTemplate(rows, labels)).toBe(true);
      const p = validatePlanUpload(rows, labels, context);
      expect(p.problems).toEqual([]);
      expect(p.plans.map((x) => x.change)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
      expect(plansToSave(p)).toEqual([]);
    }
    expect(isPlanTemplate([{ row: 1, cells: [uploadLabels().columns.code, "Chỉ tiêu", "Số liệu"] }], labels)).toBe(false);
  });

  it("lists every problem by row and column, and saves nothing while there is one", () => {
    const header = sheet().columns.map((c) => c.header);
    const rows: UploadRow[] = [
      { row: 1, cells: ["Mã đơn vị", "381"] },
      { row: 2, cells: ["Năm", "2025"] },
      { row: 4, cells: header },
      { row: 5, cells: ["GTSX", null, null, "KH cấp trên giao", "≥", "18.000", null, "QĐ 1/QĐ-UBND", "31/02/2025"] },
      { row: 6, cells: ["GTSX", null, null, "KH tỉnh", "trở lên", "18.000", null, null, null] },
      { row: 7, cells: ["TY_LE_HO_NGHEO", null, null, "KH HĐND giao", "tối đa", "0.2", null, null, null] },
      { row: 8, cells: ["TANG_TRUONG", null, null, "KH HĐND giao", "trong khoảng", "7,5", null, null, null] },
      { row: 9, cells: ["GTSX_TANG", null, null, "KH HĐND giao", "lớn hơn", "12,4", null, null, null] },
      { row: 10, cells: ["GTSX", null, null, "KH HĐND giao", "trở lên", "18.964.000", null, null, null] },
      { row: 11, cells: ["GTSX_TANG", null, null, "KH cấp trên giao", "trở lên", "13", null, null, "19/01/2025"] },
    ];
    const p = validatePlanUpload(rows, labels, context);
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [5, "I", "badDate"],
      [6, "D", "badVersion"],
      [7, "F", "number.decimal_dot"],
      [8, "G", "rangeBounds"],
      [9, "E", "badComparator"],
      // A thousand times the stored plan: the plan form does not ask, so neither does the file; the change still needs its decision.
      [10, "H", "documentRequired"],
      [11, "H", "documentRequired"], // a new plan names its decision
    ]);
    expect(p.plans).toEqual([]);
    expect(plansToSave(p)).toEqual([]);
  });

  it("refuses what the plan form refuses: a year outside 1990–2100, a ratio plan over 100%, a plan over 10^12", () => {
    const header = sheet().columns.map((c) => c.header);
    const ratio = ind(5, "ANTT", { kind: "ratio", aggregation: "share", timeBehaviour: "level", decimals: 1, measureVi: "%" });
    const decision = ["NQ 1/NQ-HĐND", "19/01/2025"];
    for (const year of ["9999", "0001", "1989", "2101", "2025.0"]) {
      const p = validatePlanUpload([{ row: 1, cells: ["Mã đơn vị", "381"] }, { row: 2, cells: ["Năm", year] }, { row: 4, cells: header }], labels, context);
      expect(p.year).toBeNull();
      expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[2, "B", "badYear"]]);
    }
    const rows: UploadRow[] = [
      { row: 1, cells: ["Mã đơn vị", "381"] },
      { row: 2, cells: ["Năm", "2025"] },
      { row: 4, cells: header },
      { row: 5, cells: ["ANTT", null, null, "KH HĐND giao", "trở lên", "101", null, ...decision] },
      { row: 6, cells: ["ANTT", null, null, "KH cấp trên giao", "trở lên", 100.5, null, ...decision] },
      { row: 7, cells: ["GTSX", null, null, "KH cấp trên giao", "trở lên", 2e12, null, ...decision] },
      { row: 8, cells: ["GTSX", null, null, "KH điều chỉnh", "trở lên", "-5", null, ...decision] },
      { row: 9, cells: ["GTSX_TANG", null, null, "KH cấp trên giao", "trở lên", "-5", null, "NQ\u202E1", "19/01/2025"] },
    ];
    const p = validatePlanUpload(rows, labels, { ...context, indicators: [...INDICATORS, ratio] });
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([
      [5, "F", "percentOver100"],
      [6, "F", "percentOver100"],
      [7, "F", "number.too_large"],
      [8, "F", "number.negative"],
      [9, "H", "controlChars"],
    ]);
  });

  it("refuses a plan someone else saved after the template was downloaded, even on a row left as it was", () => {
    // Since the download the council's GTSX plan was raised to 19.500 (revision 2) under a new resolution.
    const now = new Map(current);
    now.set(planKey(1, "council"), { ...current.get(planKey(1, "council"))!, revision: 2, value: 19500, documentNumber: "NQ 20/NQ-HĐND" });
    const rows = readCsv(toCsv(sheet()));
    const p = validatePlanUpload(rows, labels, { ...context, current: now });
    const row = rows.find((r) => r.cells[0] === "GTSX" && r.cells[3] === "KH HĐND giao")!.row;
    expect(p.problems.map((x) => [x.row, x.column, x.code, x.params])).toEqual([
      [row, "F", "planChangedSinceDownload", { code: "GTSX", version: "KH HĐND giao", current: "19.500" }],
    ]);
    expect(plansToSave(p)).toEqual([]);
    // The same file without the revision column is compared with the stored plans only.
    const handMade = rows.map((r) => ({ ...r, cells: r.cells.slice(0, 9) }));
    expect(validatePlanUpload(handMade, labels, { ...context, current: now }).problems).toEqual([]);
  });

  it("lets a unit's own editor upload the template with the higher level's plans as they were, but not change them", () => {
    const own = { ...context, editableVersions: ["council", "adjusted"] as const };
    const rows = readCsv(toCsv(sheet()));
    expect(validatePlanUpload(rows, labels, own).problems).toEqual([]);
    const header = sheet().columns.map((c) => c.header);
    const decision = ["12/QĐ-UBND", "05/01/2024"];
    const changed: UploadRow[] = [
      { row: 1, cells: ["Mã đơn vị", "381"] },
      { row: 2, cells: ["Năm", "2024"] },
      { row: 4, cells: header },
      { row: 5, cells: ["TY_LE_HO_NGHEO", null, null, "KH cấp trên giao", "tối đa", "0,5", null, ...decision] },
      { row: 6, cells: ["GTSX", null, null, "KH cấp trên giao", "trở lên", "1.000", null, ...decision] },
      { row: 7, cells: ["GTSX", null, null, "KH HĐND giao", "trở lên", "19.000", null, ...decision] },
    ];
    const p = validatePlanUpload(changed, labels, own);
    expect(p.problems.map((x) => [x.row, x.column, x.code, x.params])).toEqual([
      [5, "D", "planSetAbove", { code: "TY_LE_HO_NGHEO", version: "KH cấp trên giao" }],
      [6, "D", "planSetAbove", { code: "GTSX", version: "KH cấp trên giao" }],
    ]);
    expect(plansToSave(p)).toEqual([]);
    // The level above may set the same rows.
    expect(validatePlanUpload(changed, labels, context).problems).toEqual([]);
  });

  it("reads document dates as they are written", () => {
    expect(fromDocumentDate("19/01/2024")).toBe("2024-01-19");
    expect(fromDocumentDate("1-7-2025")).toBe("2025-07-01");
    expect(fromDocumentDate("31/02/2025")).toBeNull();
    expect(fromDocumentDate("2025-07-01")).toBeNull();
  });
});
