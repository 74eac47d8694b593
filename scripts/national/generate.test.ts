import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateNational, YEARS } from "./generate";
import { NATIONAL_INDICATORS } from "./indicators";

// Two provinces of the real registry, the smallest and a municipality: the generator's shape and rules
// checked in a second, instead of the whole country's 25.
const LAI_CHAU = "12";
const HUE = "46";
let dir: string;
let db: Database.Database;
let result: ReturnType<typeof generateNational>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-national-"));
  result = generateNational(path.join(dir, "a.db"), { provinceCodes: [LAI_CHAU, HUE] });
  db = new Database(path.join(dir, "a.db"), { readonly: true });
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;

describe("the national dataset generator", () => {
  it("builds the registry's units under their provinces, keyed by official code", () => {
    const provinces = all<{ code: string; type: string; n: number }>(
      "select p.code, p.type, count(c.id) as n from units p left join units c on c.parent_id = p.id where p.parent_id is null group by p.id order by p.code",
    );
    // Lai Châu has 38 communes and Huế 40 wards and communes after the reform.
    expect(provinces).toEqual([
      { code: LAI_CHAU, type: "province", n: 38 },
      { code: HUE, type: "municipality", n: 40 },
    ]);
    expect(result.units).toBe(2 + 38 + 40);
    expect(one<{ n: number }>("select count(*) as n from units where level = 3 and parent_id is not null").n).toBe(78);
  });

  it("defines every indicator once, and gives every commune plans and four periods of actuals in each of the three years", () => {
    expect(one<{ n: number }>("select count(*) as n from indicators").n).toBe(NATIONAL_INDICATORS.length);
    const perCommune = all<{ years: number; periods: number }>(
      `select count(distinct p.year) as years,
              (select count(distinct a.year || '-' || a.period) from actuals a where a.unit_id = u.id) as periods
       from units u join plans p on p.unit_id = u.id where u.level = 3 group by u.id`,
    );
    expect(perCommune).toHaveLength(78);
    expect(perCommune.every((c) => c.years === YEARS.length && c.periods === YEARS.length * 4)).toBe(true);
    expect(result.plans).toBe(one<{ n: number }>("select count(*) as n from plans").n);
    expect(result.actuals).toBe(one<{ n: number }>("select count(*) as n from actuals").n);
  });

  it("marks the latest year's figures as officials report them: 9 tháng preliminary, Cả năm an estimate, earlier years official", () => {
    const statuses = all<{ year: number; period: string; status: string }>("select distinct year, period, status from actuals order by year, period");
    const of = (year: number, period: string) => statuses.filter((s) => s.year === year && s.period === period).map((s) => s.status);
    expect(of(2025, "FY")).toEqual(["estimate"]);
    expect(of(2025, "M9")).toEqual(["preliminary"]);
    expect(of(2025, "H1")).toEqual(["official"]);
    expect(of(2024, "FY")).toEqual(["official"]);
  });

  it("rolls a province's actuals up from its communes by each indicator's rule: a flow is their sum", () => {
    const rows = all<{ province: number; communes: number; decimals: number }>(
      `select pa.value as province, sum(ca.value) as communes, i.decimals
       from units p
       join actuals pa on pa.unit_id = p.id
       join indicators i on i.id = pa.indicator_id and i.aggregation = 'sum' and i.kind in ('amount', 'count')
       join units c on c.parent_id = p.id
       join actuals ca on ca.unit_id = c.id and ca.indicator_id = pa.indicator_id and ca.year = pa.year and ca.period = pa.period
       where p.code = ?
       group by pa.id`,
      LAI_CHAU,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.province).toBeCloseTo(r.communes, Math.max(0, r.decimals - 1));
  });

  it("builds the same data every time", () => {
    const again = generateNational(path.join(dir, "b.db"), { provinceCodes: [LAI_CHAU, HUE] });
    const b = new Database(path.join(dir, "b.db"), { readonly: true });
    const checksum = (d: Database.Database) => d.prepare("select count(*) as n, sum(value) as s, sum(unit_id * indicator_id) as k from actuals").get();
    expect(checksum(b)).toEqual(checksum(db));
    expect(again.plans).toBe(result.plans);
    b.close();
  });
});
