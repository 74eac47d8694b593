// The schema refuses by itself what the app would refuse, so a script writing straight into the
// database cannot store it; and the migration that added these rules keeps every row and trigger.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./client";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";
import { createTempDatabase } from "./testing/temp-database";
import { getDataVersion } from "./view-cache";

const DATA_TABLES = ["units", "unit_lineage", "indicators", "plans", "actuals", "actual_revisions", "users", "audit_log"];
const TRIGGERED_TABLES = ["units", "unit_lineage", "indicators", "plans", "actuals"];

/** A copy of the migrations folder holding only the migrations before the one named "<number>_<name>". */
function migrationsBefore(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-migrations-"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag.endsWith(`_${name}`));
  expect(index).toBeGreaterThan(0);
  const entries = journal.entries.slice(0, index);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/**
 * Fills a database migrated to an older version with the demo data: today's seed writes today's
 * schema, so it is seeded into a database of its own and copied over by the older tables' columns.
 */
async function seedInto(db: Db, seededFile: string) {
  const seeded = openDatabase(seededFile);
  migrateDatabase(seeded);
  await seedDemo(seeded);
  seeded.$client.close();
  const client = db.$client;
  client.prepare("attach database ? as seeded").run(seededFile);
  client.pragma("foreign_keys = OFF");
  for (const table of DATA_TABLES) {
    const columns = (client.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => `"${c.name}"`).join(", ");
    client.prepare(`insert into main."${table}" (${columns}) select ${columns} from seeded."${table}" order by rowid`).run();
  }
  client.pragma("foreign_keys = ON");
  client.prepare("detach database seeded").run();
}

const dump = (db: Db, table: string) => db.$client.prepare(`select * from "${table}" order by rowid`).all();
const triggers = (db: Db) =>
  (db.$client.prepare("select name from sqlite_master where type = 'trigger' order by name").all() as { name: string }[]).map((r) => r.name);

describe("the migration that adds the schema's checks", () => {
  let db: Db;
  let dir: string;
  let oldMigrations: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-checks-"));
    oldMigrations = migrationsBefore("schema_checks");
    db = openDatabase(path.join(dir, "old.db"));
  });
  afterAll(() => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(oldMigrations, { recursive: true, force: true });
  });

  it("keeps the demo data, its references and the data-version triggers", async () => {
    db.$client.pragma("foreign_keys = OFF");
    migrate(db, { migrationsFolder: oldMigrations });
    db.$client.pragma("foreign_keys = ON");
    await seedInto(db, path.join(dir, "seeded.db"));
    const before = Object.fromEntries(DATA_TABLES.map((t) => [t, dump(db, t)]));
    const triggersBefore = triggers(db);
    expect(triggersBefore).toHaveLength(15);
    expect(before.actuals!.length).toBeGreaterThan(50);
    expect(before.actual_revisions!.length).toBeGreaterThan(0);

    migrateDatabase(db);

    // Every row and column that was there is kept (later migrations may add columns).
    for (const t of DATA_TABLES) {
      const kept = (before[t] as Record<string, unknown>[]).map((row) => Object.keys(row));
      const after = (dump(db, t) as Record<string, unknown>[]).map((row, i) => Object.fromEntries((kept[i] ?? []).map((c) => [c, row[c]])));
      expect(after, t).toEqual(before[t]);
    }
    expect(triggers(db)).toEqual(triggersBefore);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    // Child tables still point at the recreated parents.
    const fks = db.$client.prepare("select \"table\" from pragma_foreign_key_list('actuals')").all() as { table: string }[];
    expect(fks.map((f) => f.table).sort()).toEqual(["indicators", "units", "users"]);

    // The demo holds no mergers yet: the lineage trigger is tried with a new row.
    let version = getDataVersion(db);
    db.$client.prepare("insert into unit_lineage (from_unit_id, to_unit_id, effective_date) select min(id), max(id), '2025-07-01' from units").run();
    expect(getDataVersion(db), "unit_lineage").toBe(version + 1);
    for (const table of TRIGGERED_TABLES) {
      version = getDataVersion(db);
      db.$client.prepare(`update "${table}" set id = id where id = (select min(id) from "${table}")`).run();
      expect(getDataVersion(db), table).toBe(version + 1);
    }
    // The recreated table still refuses what it must, and references are enforced again.
    expect(() => db.$client.prepare("update actuals set period = 'Q5' where id = 1").run()).toThrow(/CHECK constraint failed: actuals_period_ck/);
    expect(() => db.$client.prepare("update actuals set unit_id = 999999 where id = 1").run()).toThrow(/FOREIGN KEY/);
  });
});

describe("a raw SQL write the app would refuse", () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ db, cleanup } = await createTempDatabase());
  });
  afterAll(() => cleanup());

  /** Copies an existing row with one column changed, in plain SQL; returns the error message or null. */
  function copyWith(table: string, change: Record<string, unknown>): string | null {
    // Moved off the copied row's unique key, so that only the checks can refuse it.
    const apart: Record<string, Record<string, unknown>> = { plans: { year: 1991 }, actuals: { year: 1991 }, actual_revisions: { revision: 999 } };
    const changes = { ...apart[table], ...change };
    const columns = (db.$client.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c !== "id" && c !== "key");
    const unique: Record<string, string> = {
      units: "code", indicators: "code", users: "username",
    };
    const select = columns.map((c) => {
      if (c in changes) return "?";
      if (c === unique[table]) return `"${c}" || '-copy'`;
      return `"${c}"`;
    });
    const values = columns.filter((c) => c in changes).map((c) => changes[c]);
    const keyColumn = table === "sign_in_failures" ? ["key"] : [];
    const sql = `insert into "${table}" (${[...keyColumn, ...columns].map((c) => `"${c}"`).join(", ")})
      select ${[...keyColumn.map(() => "'copy-' || key"), ...select].join(", ")} from "${table}" order by rowid limit 1`;
    const savepoint = db.$client.transaction(() => {
      const r = db.$client.prepare(sql).run(...values);
      if (r.changes !== 1) throw new Error(`no row to copy in ${table}`);
      throw new Error("rolled back");
    });
    try {
      savepoint();
    } catch (e) {
      const message = (e as Error).message;
      return message === "rolled back" ? null : message;
    }
    return null;
  }

  beforeAll(() => {
    db.$client.prepare("insert into sign_in_failures (key, failures, last_failure_at) values ('someone', 1, 0)").run();
  });

  const refused: [table: string, changes: Record<string, unknown>, check: string][] = [
    ["units", { type: "district" }, "units_type_ck"],
    ["units", { level: 0 }, "units_level_ck"],
    ["units", { level: 5 }, "units_level_ck"],
    ["units", { valid_from: "01/07/2025" }, "units_valid_from_ck"],
    ["units", { valid_to: "1899-12-31" }, "units_valid_to_ck"],
    ["indicators", { group: "sport" }, "indicators_group_ck"],
    ["indicators", { direction: "up" }, "indicators_direction_ck"],
    ["indicators", { time_behaviour: "stock" }, "indicators_time_behaviour_ck"],
    ["indicators", { aggregation: "max" }, "indicators_aggregation_ck"],
    ["indicators", { kind: "index" }, "indicators_kind_ck"],
    ["indicators", { decimals: 5 }, "indicators_decimals_ck"],
    ["indicators", { tolerance: -0.1 }, "indicators_tolerance_ck"],
    ["plans", { year: 1989 }, "plans_year_ck"],
    ["plans", { year: 2101 }, "plans_year_ck"],
    ["plans", { version: "draft" }, "plans_version_ck"],
    ["plans", { comparator: "gt" }, "plans_comparator_ck"],
    ["plans", { source: "guess" }, "plans_source_ck"],
    ["plans", { value: 2e12 }, "plans_value_ck"],
    ["plans", { document_date: "19/01/2024" }, "plans_document_date_ck"],
    ["plans", { revision: 0 }, "plans_revision_ck"],
    ["actuals", { year: 1989 }, "actuals_year_ck"],
    ["actuals", { year: 2101 }, "actuals_year_ck"],
    ["actuals", { period: "Q2" }, "actuals_period_ck"],
    ["actuals", { status: "final" }, "actuals_status_ck"],
    ["actuals", { source: "guess" }, "actuals_source_ck"],
    ["actuals", { value: -1 }, "actuals_value_ck"],
    ["actuals", { value: 2e12 }, "actuals_value_ck"],
    ["actuals", { numerator: 5, denominator: 4 }, "actuals_ratio_ck"],
    ["actuals", { numerator: 1, denominator: 0 }, "actuals_ratio_ck"],
    ["actuals", { numerator: -1, denominator: 4 }, "actuals_ratio_ck"],
    ["actuals", { numerator: 1, denominator: null }, "actuals_ratio_ck"],
    ["actuals", { stated_value: -0.5 }, "actuals_stated_value_ck"],
    ["actuals", { revision: 0 }, "actuals_revision_ck"],
    ["actual_revisions", { revision: 0 }, "actual_revisions_revision_ck"],
    ["actual_revisions", { status: "final" }, "actual_revisions_status_ck"],
    ["actual_revisions", { previous_status: "final" }, "actual_revisions_previous_status_ck"],
    ["actual_revisions", { value: -1 }, "actual_revisions_value_ck"],
    ["actual_revisions", { previous_value: -1 }, "actual_revisions_previous_value_ck"],
    ["actual_revisions", { numerator: 3, denominator: 2 }, "actual_revisions_ratio_ck"],
    ["users", { role: "root" }, "users_role_ck"],
    ["users", { disabled: 2 }, "users_disabled_ck"],
    ["sign_in_failures", { failures: -1 }, "sign_in_failures_failures_ck"],
  ];

  it.each(refused)("%s %j fails on %s", (table, changes, check) => {
    expect(copyWith(table, changes)).toContain(check);
  });

  it("refuses a merger's date written any other way than YYYY-MM-DD", () => {
    const insert = db.$client.prepare("insert into unit_lineage (from_unit_id, to_unit_id, effective_date) select min(id), max(id), ? from units");
    expect(() => insert.run("01/07/2025")).toThrow(/unit_lineage_effective_date_ck/);
    expect(() => insert.run("2025-7-1")).toThrow(/unit_lineage_effective_date_ck/);
  });

  it("refuses a unit that succeeds itself", () => {
    expect(() => db.$client.prepare("insert into unit_lineage (from_unit_id, to_unit_id, effective_date) select id, id, '2025-07-01' from units limit 1").run()).toThrow(
      /unit_lineage_distinct_ck/,
    );
  });

  it("refuses a range plan whose upper bound is not above its lower bound", () => {
    expect(copyWith("plans", { comparator: "range", value: 8, value_max: 7.5 })).toContain("plans_value_ck");
    expect(copyWith("plans", { comparator: "range", value: 7.5, value_max: 8 })).toBeNull();
  });

  it("accepts each table's own rows copied unchanged, so each refusal above is the changed column's", () => {
    for (const table of ["units", "indicators", "plans", "actuals", "actual_revisions", "users", "sign_in_failures"]) {
      expect(copyWith(table, {}), table).toBeNull();
    }
    expect(copyWith("plans", { year: 2100 })).toBeNull();
    expect(copyWith("actuals", { year: 1990 })).toBeNull();
    expect(copyWith("plans", { value: -3.5 }), "a growth rate may be planned to fall").toBeNull();
    expect(copyWith("actuals", { numerator: 4, denominator: 4 })).toBeNull();
    expect(copyWith("indicators", { tolerance: 0 }), "a tolerance of zero judges strictly").toBeNull();
    expect(copyWith("indicators", { tolerance: 0.5 })).toBeNull();
  });
});
