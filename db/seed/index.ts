import { eq } from "drizzle-orm";
import { searchKey } from "@/lib/search-key";
import type { Db } from "../client";
import { actualRevisions, actuals, indicators, plans, unitLineage, units } from "../schema";
import { DOCUMENT_ACTUALS, DOCUMENT_PLANS } from "./documents";
import { illustrativeFigures } from "./illustrative";
import { INDICATORS } from "./indicators";
import { FORMER_UNITS, POST_REFORM_TREE, REFORM_LINEAGE, reformFigures, successorKey } from "./reform";
import { hashDemoPasswords, insertDemoUsers } from "./users";
import { PRE_REFORM_VALID_FROM, PRE_REFORM_VALID_TO, UNIT_TREE, type UnitSeed } from "./units";

const LEVEL_BY_DEPTH = [1, 2, 3, 4] as const;

function insertUnits(db: Db, seeds: UnitSeed[], parentId: number | null, depth: number, ids: Map<string, number>) {
  for (const seed of seeds) {
    const [row] = db
      .insert(units)
      .values({
        code: seed.code,
        name: seed.name,
        searchKey: searchKey(seed.name),
        type: seed.type,
        parentId,
        level: LEVEL_BY_DEPTH[depth] ?? depth + 1,
        validFrom: PRE_REFORM_VALID_FROM,
        validTo: PRE_REFORM_VALID_TO,
      })
      .returning({ id: units.id })
      .all();
    ids.set(seed.code, row!.id);
    if (seed.children) insertUnits(db, seed.children, row!.id, depth + 1, ids);
  }
}

/** The provinces and communes in force since 01/07/2025, the former units the seed tree lacks, and the lineage between them. */
function insertReform(db: Db, ids: Map<string, number>) {
  for (const u of FORMER_UNITS) {
    const [row] = db.insert(units).values({ ...u, searchKey: searchKey(u.name), parentId: null }).returning({ id: units.id }).all();
    ids.set(u.code, row!.id);
  }
  const validity = { validFrom: REFORM_LINEAGE.effectiveDate, validTo: null };
  for (const province of POST_REFORM_TREE) {
    const [p] = db
      .insert(units)
      .values({ code: province.code, name: province.name, searchKey: searchKey(province.name), type: province.type, parentId: null, level: 1, ...validity })
      .returning({ id: units.id })
      .all();
    ids.set(successorKey(province.code), p!.id);
    for (const c of province.communes) {
      const [row] = db
        .insert(units)
        .values({ code: c.code, name: c.name, searchKey: searchKey(c.name), type: c.type, parentId: p!.id, level: 3, ...validity })
        .returning({ id: units.id })
        .all();
      ids.set(successorKey(c.code), row!.id);
      for (const from of c.predecessors) {
        db.insert(unitLineage)
          .values({ fromUnitId: lookup(ids, from, "unit"), toUnitId: row!.id, ...REFORM_LINEAGE })
          .run();
      }
    }
  }
}

function insertIndicators(db: Db): Map<string, number> {
  const ids = new Map<string, number>();
  INDICATORS.forEach((seed, i) => {
    const { weight: _weight, base, ...fields } = seed;
    const baseIndicatorId = base ? ids.get(base) : undefined;
    if (base && baseIndicatorId === undefined) throw new Error(`Indicator ${seed.code}: base ${base} must come first`);
    const [row] = db
      .insert(indicators)
      .values({ ...fields, baseIndicatorId, sortOrder: (i + 1) * 10 })
      .returning({ id: indicators.id })
      .all();
    ids.set(seed.code, row!.id);
  });
  // Weights may be declared after the indicators they weigh.
  for (const seed of INDICATORS) {
    if (!seed.weight) continue;
    db.update(indicators)
      .set({ weightIndicatorId: ids.get(seed.weight)! })
      .where(eq(indicators.id, ids.get(seed.code)!))
      .run();
  }
  return ids;
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`Seed refers to unknown ${what} ${key}`);
  return id;
}

/**
 * Fills an empty database with the source articles' localities as they were, the same places after the
 * 2025 reform, their targets and actuals (stated and illustrative) and the demo accounts.
 */
export async function seedDemo(db: Db): Promise<void> {
  const illustrative = illustrativeFigures();
  const reform = reformFigures();
  const passwordHashes = await hashDemoPasswords();
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const unitIds = new Map<string, number>();
    insertUnits(t, UNIT_TREE, null, 0, unitIds);
    insertReform(t, unitIds);
    const indicatorIds = insertIndicators(t);
    insertDemoUsers(t, passwordHashes, unitIds);

    for (const p of [...DOCUMENT_PLANS, ...illustrative.plans, ...reform.plans]) {
      const { unit, indicator, ...fields } = p;
      t.insert(plans)
        .values({ ...fields, unitId: lookup(unitIds, unit, "unit"), indicatorId: lookup(indicatorIds, indicator, "indicator") })
        .run();
    }

    for (const a of [...DOCUMENT_ACTUALS, ...illustrative.actuals, ...reform.actuals]) {
      const { unit, indicator, ...fields } = a;
      const [row] = t
        .insert(actuals)
        .values({ ...fields, unitId: lookup(unitIds, unit, "unit"), indicatorId: lookup(indicatorIds, indicator, "indicator") })
        .returning({ id: actuals.id })
        .all();
      t.insert(actualRevisions)
        .values({
          actualId: row!.id,
          revision: 1,
          value: fields.value,
          numerator: fields.numerator,
          denominator: fields.denominator,
          status: fields.status,
          note: fields.note,
        })
        .run();
    }
  });
}
