import { describe, expect, it } from "vitest";
import { buildUnitReport, latestReportedPeriod, summarizeStatuses } from "./report";
import { actual, indicator, plan } from "./testing/fixtures";

const production = indicator(1, "GTSX");
const growth = indicator(2, "GTSX_TANG", { kind: "growth", baseIndicatorId: 1, timeBehaviour: "level", decimals: 1 });
const poverty = indicator(3, "TY_LE_HO_NGHEO", { group: "culture_society", direction: "lower", timeBehaviour: "level", aggregation: "share", kind: "ratio", decimals: 2 });
const unplanned = indicator(4, "KHAC", { group: "environment" });

const rowOf = (groups: ReturnType<typeof buildUnitReport>, code: string) => groups.flatMap((g) => g.rows).find((r) => r.indicator.code === code);

describe("buildUnitReport", () => {
  it("judges against the council's adjusted plan over the one it adopted, and states % of both plans", () => {
    const groups = buildUnitReport({
      indicators: [production],
      plans: [plan(1, 20000), plan(1, 19000, { version: "adjusted" }), plan(1, 18000, { version: "higher_level" })],
      actuals: [actual(1, 2024, "FY", 19000)],
      year: 2024,
      period: "FY",
    });
    const row = rowOf(groups, "GTSX")!;
    expect(row.plans.council?.value).toBe(19000);
    expect(row.judgedAgainst).toBe("council");
    expect(row.percentOfPlan.council).toBeCloseTo(100, 10);
    expect(row.percentOfPlan.higher_level).toBeCloseTo(105.56, 2);
    expect(row.evaluation?.status).toBe("achieved");
  });

  it("falls back to the other plan when the chosen one does not exist, and says so", () => {
    const input = { indicators: [production], plans: [plan(1, 18000, { version: "higher_level" as const })], actuals: [actual(1, 2024, "FY", 19000)], year: 2024, period: "FY" as const };
    const row = rowOf(buildUnitReport({ ...input, planChoice: "council" }), "GTSX")!;
    expect(row.judgedAgainst).toBe("higher_level");
    expect(row.evaluation?.status).toBe("exceeded");
    expect(rowOf(buildUnitReport({ ...input, plans: [] }), "GTSX")!.judgedAgainst).toBeNull();
  });

  it("derives growth from its base for the same period of both years, as final as the least final figure", () => {
    const groups = buildUnitReport({
      indicators: [production, growth],
      plans: [plan(2, 12.4)],
      actuals: [actual(1, 2023, "H1", 9000), actual(1, 2024, "H1", 10000, { status: "estimate", source: "illustrative" })],
      year: 2024,
      period: "H1",
    });
    const row = rowOf(groups, "GTSX_TANG")!;
    expect(row.actual).toMatchObject({ derived: true, status: "estimate", source: "illustrative" });
    expect(row.actual!.value).toBeCloseTo(11.11, 2);
    expect(row.baseIndicator?.code).toBe("GTSX");
  });

  it("beats a ceiling by staying under it", () => {
    const groups = buildUnitReport({
      indicators: [poverty],
      plans: [plan(3, 0.2, { comparator: "lte" })],
      actuals: [actual(3, 2024, "FY", 0.12, { numerator: 3, denominator: 2500 })],
      year: 2024,
      period: "FY",
    });
    expect(rowOf(groups, "TY_LE_HO_NGHEO")!.evaluation?.status).toBe("exceeded");
  });

  it("leaves out indicators with neither a plan nor an entered figure, and groups rows in the standard order", () => {
    const groups = buildUnitReport({
      indicators: [unplanned, poverty, production, growth],
      plans: [plan(1, 100), plan(3, 0.2, { comparator: "lte" })],
      actuals: [actual(1, 2024, "Q1", 20), actual(1, 2023, "Q1", 18)],
      year: 2024,
      period: "Q1",
    });
    expect(groups.map((g) => [g.group, g.rows.map((r) => r.indicator.code)])).toEqual([
      ["economy", ["GTSX"]],
      ["culture_society", ["TY_LE_HO_NGHEO"]],
    ]);
    expect(rowOf(groups, "GTSX")!.samePeriodLastYear).toBe(18);
    expect(rowOf(groups, "GTSX")!.percentOfSamePeriod).toBeCloseTo(111.11, 2);
  });
});

describe("summarizeStatuses", () => {
  it("counts each status and the indicators that cannot be judged yet", () => {
    const groups = buildUnitReport({
      indicators: [production, poverty, unplanned],
      plans: [plan(1, 100), plan(3, 0.2, { comparator: "lte" }), plan(4, 10)],
      actuals: [actual(1, 2024, "FY", 90), actual(3, 2024, "FY", 0.1)],
      year: 2024,
      period: "FY",
    });
    // 90 of 100 misses by more than 0,5 + 1%; 0,1% is under its ceiling; the third has a plan but no figure.
    expect(summarizeStatuses(groups)).toEqual({ exceeded: 1, achieved: 0, not_achieved: 1, total: 3, reported: 2, notReported: 1, unjudged: 0 });
  });
});

describe("latestReportedPeriod", () => {
  it("is the latest period of the year with any figure, or null", () => {
    const figures = [
      { year: 2024, period: "Q1" as const },
      { year: 2024, period: "M9" as const },
      { year: 2025, period: "Q1" as const },
      { year: 2023, period: "FY" as const },
    ];
    expect(latestReportedPeriod(figures, 2024)).toBe("M9");
    expect(latestReportedPeriod(figures, 2025)).toBe("Q1");
    expect(latestReportedPeriod(figures, 2022)).toBeNull();
  });
});
