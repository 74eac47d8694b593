// A look at the e2e database, to prove what a refused request did not write; and one clean-up.
import Database from "better-sqlite3";

export const E2E_DATABASE = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";

export function withDatabase<T>(fn: (db: Database.Database) => T, file = E2E_DATABASE): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Row counts of every table a mutation writes, plus a checksum of the figures themselves. */
export function snapshot(file = E2E_DATABASE) {
  return withDatabase((db) => {
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const sum = db.prepare("select coalesce(sum(value), 0) as s, coalesce(sum(revision), 0) as r from actuals").get() as { s: number; r: number };
    const planSum = db.prepare("select coalesce(sum(value), 0) as s, coalesce(sum(revision), 0) as r from plans").get() as { s: number; r: number };
    return {
      actuals: count("actuals"),
      revisions: count("actual_revisions"),
      plans: count("plans"),
      indicators: count("indicators"),
      users: count("users"),
      audit: count("audit_log"),
      actualSum: sum.s,
      actualRevisionSum: sum.r,
      planSum: planSum.s,
      planRevisionSum: planSum.r,
    };
  }, file);
}

export function unitIdByCode(code: string, file = E2E_DATABASE): number {
  return withDatabase((db) => (db.prepare("select id from units where code = ?").get(code) as { id: number }).id, file);
}

export function indicatorIdByCode(code: string, file = E2E_DATABASE): number {
  return withDatabase((db) => (db.prepare("select id from indicators where code = ?").get(code) as { id: number }).id, file);
}

/**
 * Takes back a figure a journey saved outside the demo's years, so that the journeys after it open on
 * the same default year as on a fresh database (the entry form opens on a unit's latest year).
 */
export function removeActual({ unitId, indicatorCode, year, period }: { unitId: number; indicatorCode: string; year: number; period: string }, file = E2E_DATABASE): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const figure = `select id from actuals where year = ? and period = ?
         and unit_id = ? and indicator_id = (select id from indicators where code = ?)`;
    const args = [year, period, unitId, indicatorCode];
    // The figure with its history of versions, together.
    db.transaction(() => {
      db.prepare(`delete from actual_revisions where actual_id in (${figure})`).run(...args);
      db.prepare(`delete from actuals where id in (${figure})`).run(...args);
    })();
  } finally {
    db.close();
  }
}

