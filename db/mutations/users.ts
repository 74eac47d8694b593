import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb, type Db } from "../client";
import { loginAttempts, units, users } from "../schema";
import { isLocked, withFailure, withoutFailure, type AttemptWindow } from "@/lib/auth/rate-limit";
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

function writeWindow(db: Db, key: string, window: AttemptWindow): void {
  db.insert(loginAttempts)
    .values({ key, windowStart: new Date(window.windowStart), failures: window.failures })
    .onConflictDoUpdate({ target: loginAttempts.key, set: { windowStart: new Date(window.windowStart), failures: window.failures } })
    .run();
}

/**
 * Takes one sign-in attempt on every key, counted as a failure until the password proves right, so
 * that guesses sent all at once are counted before any of them is checked. False, and nothing
 * counted, when any key has used up its failures in the current window.
 */
export async function claimSignInAttempt({ keys, now }: { keys: { key: string; max: number }[]; now: number }): Promise<boolean> {
  return getDb().transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const windows = keys.map(({ key }) => readWindow(t, key));
      if (keys.some(({ max }, i) => isLocked(windows[i] ?? null, now, max))) return false;
      keys.forEach(({ key }, i) => writeWindow(t, key, withFailure(windows[i] ?? null, now)));
      return true;
    },
    { behavior: "immediate" },
  );
}

/**
 * A successful sign-in clears the username's count and gives the address back the attempt it took
 * (but not its earlier failures: one good password must not unlock guessing from that address).
 */
export async function settleSuccessfulSignIn({ userKey, addressKey, now }: { userKey: string; addressKey: string; now: number }): Promise<void> {
  getDb().transaction((tx) => {
    const t = tx as unknown as Db;
    t.delete(loginAttempts).where(eq(loginAttempts.key, userKey)).run();
    const window = withoutFailure(readWindow(t, addressKey), now);
    if (window) writeWindow(t, addressKey, window);
  });
}

export type CreateUserResult =
  | { ok: true; userId: number }
  | { ok: false; field: "username" | "scopeUnitCode"; reason: "username_taken" | "unknown_unit" };

/** An administrator creates an account; an editor's scope is the unit with the given official code. */
export async function createUser({
  user,
  passwordHash,
  actorId,
}: {
  user: { username: string; displayName: string; role: "admin" | "editor" | "viewer"; scopeUnitCode: string | null };
  passwordHash: string;
  actorId: number;
}): Promise<CreateUserResult> {
  return getDb().transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (t.select({ id: users.id }).from(users).where(eq(users.username, user.username)).all().length > 0) {
        return { ok: false as const, field: "username" as const, reason: "username_taken" as const };
      }
      let scopeUnitId: number | null = null;
      if (user.scopeUnitCode !== null) {
        // A code can pass to a merged unit: the newest unit holding it is meant.
        const [unit] = t.select({ id: units.id }).from(units).where(eq(units.code, user.scopeUnitCode)).orderBy(desc(units.validFrom)).limit(1).all();
        if (!unit) return { ok: false as const, field: "scopeUnitCode" as const, reason: "unknown_unit" as const };
        scopeUnitId = unit.id;
      }
      const [row] = t
        .insert(users)
        .values({ username: user.username, displayName: user.displayName, role: user.role, scopeUnitId, passwordHash })
        .returning({ id: users.id })
        .all();
      writeAudit(t, {
        userId: actorId,
        action: "user.create",
        entity: "user",
        entityId: row!.id,
        unitId: scopeUnitId,
        after: { username: user.username, displayName: user.displayName, role: user.role, scopeUnitId },
      });
      return { ok: true as const, userId: row!.id };
    },
    { behavior: "immediate" },
  );
}

/** Disables or re-enables an account; an administrator cannot lock themselves out. */
export async function setUserDisabled({
  userId,
  disabled,
  actorId,
}: {
  userId: number;
  disabled: boolean;
  actorId: number;
}): Promise<{ ok: true } | { ok: false; reason: "self" | "not_found" }> {
  if (userId === actorId) return { ok: false, reason: "self" };
  return getDb().transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const [row] = t.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId)).all();
      if (!row) return { ok: false as const, reason: "not_found" as const };
      if (row.disabled === disabled) return { ok: true as const };
      t.update(users).set({ disabled }).where(eq(users.id, userId)).run();
      writeAudit(t, {
        userId: actorId,
        action: disabled ? "user.disable" : "user.enable",
        entity: "user",
        entityId: userId,
        before: { disabled: row.disabled },
        after: { disabled },
      });
      return { ok: true as const };
    },
    { behavior: "immediate" },
  );
}
