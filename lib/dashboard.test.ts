import { describe, expect, it } from "vitest";
import { buildDashboard, headlineStatus, progressGeometry, summaryParts } from "./dashboard";
import { buildUnitReport, summarizeStatuses, type StatusSummary } from "./report";
import { actual, indicator, plan } from "./testing/fixtures";

const summary = (s: Partial<StatusSummary>): StatusSummary => ({
  exceeded: 0,
  achieved: 0,
  on_track: 0,
  not_achieved: 0,
  total: 0,
  unjudged: 0,
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
  it("reads out the statuses in the officials' order, leaving out zeros", () => {
    const s = summary({ exceeded: 12, achieved: 8, on_track: 0, not_achieved: 2, total: 24, unjudged: 2 });
    expect(summaryParts(s)).toEqual([
      { status: "exceeded", count: 12 },
      { status: "achieved", count: 8 },
      { status: "not_achieved", count: 2 },
    ]);
  });

  it("gives a child the most frequent status, a tie going to the worse one", () => {
    expect(headlineStatus(summary({ exceeded: 3, achieved: 1, total: 4 }))).toBe("exceeded");
    expect(headlineStatus(summary({ exceeded: 2, not_achieved: 2, total: 4 }))).toBe("not_achieved");
    expect(headlineStatus(summary({ total: 3, unjudged: 3 }))).toBeNull();
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
    expect(item!.row.evaluation?.status).toBe("on_track");
    expect(summarizeStatuses(groups)).toMatchObject({ total: 1, on_track: 1 });
  });
});
