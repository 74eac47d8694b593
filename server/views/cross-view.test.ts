import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { generateNational } from "@/scripts/national/generate";
import { importRegistry } from "@/db/registry/import";
import { reformUnits } from "@/db/testing/reform-fixture";
import { createTempDatabase } from "@/db/testing/temp-database";
import { checkAgreement } from "./testing/agreement";

// One truth per figure: every view of every unit, indicator, year, period and plan choice agrees
// with the unit's own dashboard on status, % of each plan, % of the same period and "expected by now".
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe("every view agrees with the unit's dashboard", () => {
  it("on the demo data", async () => {
    const { db, cleanup } = await createTempDatabase();
    cleanups.push(cleanup);
    const { disagreements, compared } = await checkAgreement(db, { charts: true });
    expect(disagreements.length, disagreements.slice(0, 20).join("\n")).toBe(0);
    // Every view was compared on many figures, so an empty list means agreement, not absence.
    for (const view of ["dashboard items", "report", "report print", "report .xlsx", "report .csv", "chart", "children panel", "comparison", "small multiples", "comparison print", "comparison .xlsx", "comparison .csv"]) {
      expect(compared[view] ?? 0, view).toBeGreaterThan(100);
    }
  }, 600_000);

  it("on the demo data across the 2025 reform (the registry's new units and Phường Bỉm Sơn's first figures)", async () => {
    const { db, cleanup } = await createTempDatabase();
    cleanups.push(cleanup);
    importRegistry(db);
    reformUnits(db);
    const { disagreements, compared } = await checkAgreement(db, { years: [2025] });
    expect(disagreements.length, disagreements.slice(0, 20).join("\n")).toBe(0);
    for (const view of ["report", "report .xlsx", "report .csv", "children panel", "comparison", "small multiples", "comparison print", "comparison .xlsx", "comparison .csv"]) {
      expect(compared[view] ?? 0, view).toBeGreaterThanOrEqual(8);
    }
  }, 600_000);

  it("on a sample of the national dataset (Lai Châu's 38 communes and the province, 2025)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-national-views-"));
    const file = path.join(dir, "national.db");
    generateNational(file, { provinceCodes: ["12"] });
    const db = openDatabase(file);
    cleanups.push(() => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const { disagreements, compared } = await checkAgreement(db, { years: [2025], filesEvery: 7 });
    expect(disagreements.length, disagreements.slice(0, 20).join("\n")).toBe(0);
    for (const view of ["dashboard items", "report", "report print", "report .xlsx", "report .csv", "children panel", "comparison", "small multiples", "comparison print", "comparison .xlsx", "comparison .csv"]) {
      expect(compared[view] ?? 0, view).toBeGreaterThan(100);
    }
  }, 600_000);
});
