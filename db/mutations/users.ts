import "server-only";
import { count, eq } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { loginAttempts, users } from "../schema";
import { isLocked, withFailure, type AttemptWindow } from "@/lib/auth/rate-limit";
import { writeAudit } from "./audit";

/**
 * Creates the first administrator of an empty installation. Refused once any user exists, checked
 * inside the same transaction so two simultaneous first runs cannot both succeed.
 */
export async function createFirstAdmin({
  username,
  displayName,
  passwordHash,
}: {
  username: string;
  displayName: string;
  passwordHash: string;
}): Promise<{ ok: true; userId: number } | { ok: false; reason: "users_exist" }> {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const [existing] = t.select({ n: count() }).from(users).all();
      if ((existing?.n ?? 0) > 0) return { ok: false as const, reason: "users_exist" as const };
      const [row] = t
        .insert(users)
        .values({ username, displayName, passwordHash, role: "admin", scopeUnitId: null })
        .returning({ id: users.id })
        .all();
      writeAudit(t, {
        userId: row!.id,
        action: "user.create",
        entity: "user",
        entityId: row!.id,
        after: { username, displayName, role: "admin" },
      });
      return { ok: true as const, userId: row!.id };
    },
    { behavior: "immediate" },
  );
}

function readWindow(db: Db, key: string): AttemptWindow | null {
  const [row] = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).all();
  return row ? { windowStart: row.windowStart.getTime(), failures: row.failures } : null;
}

/** True when any of the keys has used up its failures in the current window. */
export async function isSignInLocked({ keys, now }: { keys: { key: string; max: number }[]; now: number }): Promise<boolean> {
  const db = getDb();
  return keys.some(({ key, max }) => isLocked(readWindow(db, key), now, max));
}

export async function recordSignInFailure({ keys, now }: { keys: string[]; now: number }): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    for (const key of keys) {
      const next = withFailure(readWindow(t, key), now);
      t.insert(loginAttempts)
        .values({ key, windowStart: new Date(next.windowStart), failures: next.failures })
        .onConflictDoUpdate({
          target: loginAttempts.key,
          set: { windowStart: new Date(next.windowStart), failures: next.failures },
        })
        .run();
    }
  });
}

/** A successful sign-in clears the username's count (not the address's: one good password must not unlock guessing). */
export async function clearSignInFailures({ key }: { key: string }): Promise<void> {
  getDb().delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
}
