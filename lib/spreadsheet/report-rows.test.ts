import { describe, expect, it } from "vitest";
import { buildUnitReport, type ActualFigure, type IndicatorDef, type PlanFigure } from "../report";
import { comparisonLines } from "./comparison-rows";
import { formatPlan } from "../plan-format";
import { reportLines, usedNotes, type ReportIndicatorLine } from "./report-rows";

const ind = (id: number, code: string, group: IndicatorDef["group"], over: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code, nameVi: code, nameEn: code, group, measureVi: "tỷ đồng", measureEn: "billion VND", direction: "higher",
  timeBehaviour: "flow", aggregation: "sum", kind: "amount", baseIndicatorId: null, weightIndicatorId: null, decimals: 0, sortOrder: id, ...over,
});
const plan = (indicatorId: number, version: PlanFigure["version"], value: number, source: PlanFigure["source"] = "document"): PlanFigure => ({
  indicatorId, version, comparator: "gte", value, valueMax: null, source, documentNumber: null, documentDate: null,
});
const fig = (indicatorId: number, year: number, value: number, over: Partial<ActualFigure> = {}): ActualFigure => ({
  indicatorId, year, period: "FY", value, numerator: null, denominator: null, statedValue: null, status: "official", source: "document", ...over,
});

const INDICATORS = [ind(1, "GTSX", "economy"), ind(2, "ANTT", "defence_security", { measureVi: "%", kind: "ratio", aggregation: "share", timeBehaviour: "level" })];

describe("report lines for print and export", () => {
  const groups = buildUnitReport({
    indicators: INDICATORS,
    plans: [plan(1, "council", 1000), plan(1, "higher_level", 900, "derived"), plan(2, "adjusted", 85)],
    actuals: [fig(1, 2024, 1100, { status: "estimate" }), fig(1, 2023, 1000), fig(2, 2024, 80, { numerator: 8, denominator: 10, statedValue: 85 })],
    year: 2024,
    period: "FY",
  });

  it("numbers groups I, II… and indicators 1, 2… across groups, with the report's own percentages", () => {
    const lines = reportLines(groups, { rolledUpIndicatorIds: [1] });
    expect(lines.map((l) => (l.kind === "group" ? l.number : l.number))).toEqual(["I", 1, "II", 2]);
    const gtsx = lines[1] as ReportIndicatorLine;
    const row = groups[0]!.rows[0]!;
    expect(gtsx.percentOfPlan).toBe(row.percentOfPlan.council);
    expect(gtsx.percentOfSamePeriod).toBe(row.percentOfSamePeriod);
    expect(gtsx.samePeriod).toBe(1000);
    expect(gtsx.notes).toEqual(["estimate", "derivedPlan", "predecessorSum"]);
    const antt = lines[3] as ReportIndicatorLine;
    expect(antt.notes).toEqual(["adjustedPlan", "statedDiffers"]);
    expect(antt.statedValue).toBe(85);
    expect(usedNotes(lines)).toEqual(["estimate", "derivedPlan", "adjustedPlan", "statedDiffers", "predecessorSum"]);
  });

  it("compares one group across units, a block per indicator", () => {
    const lines = comparisonLines("economy", [
      { unit: { id: 10, code: "A", name: "Phường A" }, groups },
      { unit: { id: 11, code: "B", name: "Phường B" }, groups: [] },
      { unit: { id: 12, code: "C", name: "Phường C" }, groups },
    ]);
    expect(lines.map((l) => (l.kind === "indicator" ? l.indicator.code : l.kind === "unit" ? l.unit.name : "total"))).toEqual(["GTSX", "Phường A", "Phường C"]);
    expect(lines[2]).toMatchObject({ kind: "unit", number: 2, actual: 1100 });
  });
});

describe("a plan in a biểu", () => {
  it("writes plans as a biểu does", () => {
    expect(formatPlan(plan(1, "council", 18964), 0, "vi")).toBe("≥ 18.964");
    expect(formatPlan({ ...plan(1, "council", 0.2), comparator: "lte" }, 2, "vi")).toBe("≤ 0,2");
    expect(formatPlan({ ...plan(1, "council", 7.5), comparator: "range", valueMax: 8 }, 1, "vi")).toBe("7,5 – 8");
    expect(formatPlan(plan(1, "council", 18964), 0, "en")).toBe("≥ 18,964");
    expect(formatPlan(null, 0, "vi")).toBe("");
  });
});
