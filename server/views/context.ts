import "server-only";
import { getDb, type Db } from "@/db/client";
import { cachedView, getDataVersion, type ViewKey } from "@/db/view-cache";

/**
 * What a view reads through: the database, and where computed views are kept until the data
 * changes. Pages get the app's from appContext(); tests build one on a database of their own.
 */
export interface ViewContext {
  db: Db;
  cached: <T>(key: ViewKey, compute: () => T | Promise<T>) => Promise<T>;
}

/** The app's context: its one database client and the process's view cache. */
export function appContext(): ViewContext {
  const db = getDb();
  return { db, cached: (key, compute) => cachedView(db, key, compute) };
}

/** A context on a given database that keeps nothing: every view is computed afresh. */
export function contextFor(db: Db): ViewContext {
  return { db, cached: async (_key, compute) => compute() };
}

/** The version of the context's figures, units and indicators: it changes with every write. */
export function dataVersion(ctx: ViewContext): number {
  return getDataVersion(ctx.db);
}
