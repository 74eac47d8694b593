import "server-only";
import { eq } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Db } from "./client";
import { dataVersion } from "./schema";

/** The version of the figures, units and indicators: database triggers raise it with every write. */
export function getDataVersion(db: Db): number {
  return db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1)).get()?.version ?? 0;
}

export type ViewKey = readonly (string | number | boolean | null | undefined | readonly (string | number)[])[];

/**
 * Computed views (a dashboard, the headline status of a province's 168 communes, the comparison of
 * 3.321 communes) kept in memory until the data changes. Every lookup reads the data version, so a
 * write by any process (another server, the registry import) empties the cache before the next view.
 * Values are shared between requests: callers must not mutate them.
 */
export class ViewCache {
  private readonly views: LRUCache<string, { value: Promise<unknown> }>;
  private version: number | null = null;

  constructor(
    private readonly readVersion: () => number,
    options: { max: number },
  ) {
    this.views = new LRUCache({ max: options.max });
  }

  get<T>(key: ViewKey, compute: () => T | Promise<T>): Promise<T> {
    const version = this.readVersion();
    if (version !== this.version) {
      this.views.clear();
      this.version = version;
    }
    const id = JSON.stringify(key);
    const hit = this.views.get(id);
    if (hit) return hit.value as Promise<T>;
    // The promise is kept, so that requests arriving while a view is computed wait for the same work.
    const value = Promise.resolve().then(compute);
    this.views.set(id, { value });
    value.catch(() => {
      if (this.views.get(id)?.value === value) this.views.delete(id);
    });
    return value;
  }
}

// One cache per server process, on globalThis so that dev-mode reloads reuse it. The largest view
// (every commune of the country) is a few megabytes, so a few dozen views stay well within memory.
const globalForViews = globalThis as unknown as { chiTieuViews?: ViewCache };

/**
 * The computed view for `key`, from the cache while the data of `db` has not changed since it was
 * computed. The process has one cache, made for the database it is first asked about.
 */
export function cachedView<T>(db: Db, key: ViewKey, compute: () => T | Promise<T>): Promise<T> {
  globalForViews.chiTieuViews ??= new ViewCache(() => getDataVersion(db), { max: 48 });
  return globalForViews.chiTieuViews.get(key, compute);
}
