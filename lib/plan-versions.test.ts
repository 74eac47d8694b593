import { describe, expect, it } from "vitest";
import { PLAN_VERSIONS, type PlanVersion } from "./domain";
import { ASSIGNED_PLAN, COMMITTED_PLAN, COUNCIL_PLAN, HIGHER_LEVEL_PLAN, planThatCounts } from "./plan-versions";

const plans = (...versions: PlanVersion[]) => versions.map((version, i) => ({ version, value: i + 1 }));

describe("which plan counts", () => {
  it("the council's is its adjusted plan where there is one, else the plan it adopted", () => {
    expect(planThatCounts(plans("council", "adjusted", "higher_level"), COUNCIL_PLAN)?.version).toBe("adjusted");
    expect(planThatCounts(plans("higher_level", "council"), COUNCIL_PLAN)?.version).toBe("council");
    expect(planThatCounts(plans("higher_level"), COUNCIL_PLAN)).toBeNull();
  });

  it("a unit's commitment falls back to the higher level's plan; a child's target prefers it", () => {
    expect(planThatCounts(plans("higher_level"), COMMITTED_PLAN)?.version).toBe("higher_level");
    expect(planThatCounts(plans("council", "higher_level"), COMMITTED_PLAN)?.version).toBe("council");
    expect(planThatCounts(plans("adjusted", "higher_level"), ASSIGNED_PLAN)?.version).toBe("higher_level");
    expect(planThatCounts(plans("adjusted", "council"), ASSIGNED_PLAN)?.version).toBe("adjusted");
  });

  it("every preference names each version at most once, and the two broad ones name them all", () => {
    for (const preference of [COUNCIL_PLAN, HIGHER_LEVEL_PLAN, COMMITTED_PLAN, ASSIGNED_PLAN]) expect(new Set(preference).size).toBe(preference.length);
    expect([...COMMITTED_PLAN].sort()).toEqual([...PLAN_VERSIONS].sort());
    expect([...ASSIGNED_PLAN].sort()).toEqual([...PLAN_VERSIONS].sort());
  });
});
