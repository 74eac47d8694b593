import { describe, expect, it } from "vitest";
import { buildDashboard, digestChildren, headlineStatus, progressGeometry, summaryParts } from "./dashboard";
import { buildUnitReport, summarizeStatuses, type StatusSummary } from "./report";
import { actual, indicator, plan } from "./testing/fixtures";

const summary = (s: Partial<StatusSummary>): StatusSummary => ({
  exceeded: 0,
  achieved: 0,
  not_achieved: 0,
  total: 0,
  notReported: 0,
  unjudged: 0,
  reported: (s.total ?? 0) - (s.notReported ?? 0),
  ...s,
});

describe("progressGeometry", () => {
  it("puts the plan at 80% of the bar and the actual and expected where they fall", () => {
    expect(progressGeometry({ actual: 50, plan: 100, expected: 40 })).toEqual({ actual: 0.4, plan: 0.8, expected: 0.32, overflow: false });
  });

  it("clamps a figure far past the plan and says so", () => {
    expect(progressGeometry({ actual: 300, plan: 100, expected: null })).toMatchObject({ actual: 1, expected: null, overflow: true });
  });

  it("has nothing to draw without an actual or a positive plan", () => {
    expect(progressGeometry({ actual: null, plan: 100, expected: 1 })).toBeNull();
    expect(progressGeometry({ actual: 1, plan: 0, expected: 1 })).toBeNull();
  });
});

describe("the status summary", () => {
  it("reads out the verdicts in the officials' order, the unreported last, leaving out zeros", () => {
    const s = summary({ exceeded: 12, achieved: 8, not_achieved: 2, total: 25, unjudged: 2, notReported: 1 });
    expect(summaryParts(s)).toEqual([
      { status: "exceeded", count: 12 },
      { status: "achieved", count: 8 },
      { status: "not_achieved", count: 2 },
      { status: "not_reported", count: 1 },
    ]);
  });

  it("gives a unit the worst verdict among its reported indicators, never the most frequent", () => {
    expect(headlineStatus(summary({ exceeded: 3, achieved: 1, total: 4 }))).toBe("achieved");
    // Bắc Sơn: 3 vượt and 1 chậm is "chậm", not "vượt".
    expect(headlineStatus(summary({ exceeded: 3, not_achieved: 1, total: 4 }))).toBe("not_achieved");
    expect(headlineStatus(summary({ exceeded: 1, total: 5, notReported: 4 }))).toBe("exceeded");
    expect(headlineStatus(summary({ total: 3, unjudged: 3 }))).toBeNull();
    expect(headlineStatus(summary({ total: 3, notReported: 3 }))).toBeNull();
  });

  it("counts what was reported: đã báo cáo x/y", () => {
    const ind = [indicator(1, "GTSX"), indicator(2, "THU_NS")];
    const groups = buildUnitReport({ indicators: ind, plans: [plan(1, 1000), plan(2, 50)], actuals: [actual(1, 2024, "M9", 800)], year: 2024, period: "M9" });
    expect(summarizeStatuses(groups)).toMatchObject({ total: 2, reported: 1, notReported: 1, unjudged: 0, exceeded: 1 });
  });
});

describe("buildDashboard", () => {
  it("shows % of the chosen plan and of the other version, marks estimates, and places the expected marker", () => {
    const gtsx = indicator(1, "GTSX");
    const groups = buildUnitReport({
      indicators: [gtsx],
      plans: [plan(1, 1000), plan(1, 800, { version: "higher_level" })],
      actuals: [actual(1, 2024, "H1", 520, { status: "estimate" }), actual(1, 2023, "H1", 450), actual(1, 2023, "FY", 900)],
      year: 2024,
      period: "H1",
    });
    const [item] = buildDashboard(groups, "council")[0]!.items;
    expect(item!.percentOfChosenPlan).toBeCloseTo(52, 9);
    expect(item!.percentOfOtherPlan).toBeCloseTo(65, 9);
    expect(item!.otherPlan).toBe("higher_level");
    expect(item!.provisional).toBe(true);
    // Last year half the flow came by June, so 500 is expected by now: 500 / 1250.
    expect(item!.geometry?.expected).toBeCloseTo(0.4, 9);
    // 520 against 500 expected: beyond the band of 0,5 + 1% × 500 = 5,5, so ahead of schedule.
    expect(item!.row.evaluation?.status).toBe("exceeded");
    expect(summarizeStatuses(groups)).toMatchObject({ total: 1, reported: 1, exceeded: 1 });
  });
});

describe("digestChildren", () => {
  const child = (code: string, s: Partial<StatusSummary>) => {
    const sum = summary(s);
    return { code, summary: sum, headline: headlineStatus(sum) };
  };
  const wards = [
    child("01", { exceeded: 3, total: 3 }),
    child("02", { not_achieved: 2, achieved: 1, total: 3 }),
    child("03", { total: 2, unjudged: 2 }),
    child("04", { not_achieved: 2, total: 2 }),
    child("05", { not_achieved: 1, achieved: 2, total: 3 }),
  ];

  it("lists a town's few wards in full and in their order", () => {
    const digest = digestChildren(wards, 5);
    expect(digest.partial).toBe(false);
    expect(digest.listed.map((c) => c.code)).toEqual(["01", "02", "03", "04", "05"]);
  });

  it("counts every child by its headline status, those with none apart", () => {
    expect(digestChildren(wards, 2).headlines).toEqual(summary({ exceeded: 1, not_achieved: 3, total: 5, unjudged: 1 }));
  });

  it("keeps those furthest behind when there are too many: most not achieved, then the larger share, then the code", () => {
    const digest = digestChildren(wards, 3);
    expect(digest.partial).toBe(true);
    // 04 and 02 both miss two targets; 04 misses all it has. 05 misses one.
    expect(digest.listed.map((c) => c.code)).toEqual(["04", "02", "05"]);
    expect(digest.behind).toBe(3);
    expect(wards.map((c) => c.code)).toEqual(["01", "02", "03", "04", "05"]);
    // Two alike in count and share: the lower code first.
    const twins = [child("07", { not_achieved: 1, achieved: 1, total: 2 }), child("06", { not_achieved: 1, achieved: 1, total: 2 }), child("08", { total: 1, exceeded: 1 })];
    expect(digestChildren(twins, 2).listed.map((c) => c.code)).toEqual(["06", "07"]);
  });

  it("says how many of those listed are behind; the rest follow by code", () => {
    expect(digestChildren(wards, 4)).toMatchObject({ behind: 3 });
    expect(digestChildren(wards, 4).listed.map((c) => c.code)).toEqual(["04", "02", "05", "01"]);
    const onTarget = [child("02", { exceeded: 1, total: 1 }), child("01", { total: 0 }), child("03", { achieved: 1, total: 1 })];
    expect(digestChildren(onTarget, 2)).toMatchObject({ behind: 0, partial: true });
    expect(digestChildren(onTarget, 2).listed.map((c) => c.code)).toEqual(["01", "02"]);
  });
});
