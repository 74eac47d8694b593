import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getLatestPlanYear, getUnitsWithPlans } from "@/db/queries/report";
import { createTempDatabase } from "@/db/testing/temp-database";
import { contextFor } from "./context";
import { judgeUnit } from "./dashboard";
import { unitsMostBehind } from "./overview";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
});
afterAll(() => cleanup());

describe("the home page's overview of the demo", () => {
  it("opens on 2026 with the units formed in 2025 that are behind, most behind first, each judged as its dashboard judges it", async () => {
    const ctx = contextFor(db);
    const year = (await getLatestPlanYear(db))!;
    expect(year).toBe(2026);
    const behind = await unitsMostBehind(ctx, { unitIds: await getUnitsWithPlans(db, { year }), year });
    expect(behind.length).toBeGreaterThan(0);
    // Phường Quang Trung runs at 90% of its production-value plan's pace; Phường Sầm Sơn ahead of it.
    expect(behind.map((u) => u.name)).toContain("Phường Quang Trung");
    expect(behind.map((u) => u.name)).not.toContain("Phường Sầm Sơn");
    for (let i = 1; i < behind.length; i++) expect(behind[i - 1]!.summary.not_achieved).toBeGreaterThanOrEqual(behind[i]!.summary.not_achieved);
    for (const u of behind) {
      const judged = await judgeUnit(ctx, { unitId: u.id, year, planChoice: "council" });
      expect(u.summary).toEqual(judged.summary);
      expect(u.period).toBe("M9");
    }
  });
});
