import "server-only";
import { getDb, type Db } from "@/db/client";
import { cachedView, type ViewKey } from "@/db/view-cache";

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
  return { db: getDb(), cached: cachedView };
}

/** A context on a given database that keeps nothing: every view is computed afresh. */
export function contextFor(db: Db): ViewContext {
  return { db, cached: async (_key, compute) => compute() };
}
