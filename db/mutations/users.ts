import "server-only";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { units, users } from "../schema";
import { writeAudit } from "./audit";

/**
 * Creates the first administrator of an empty installation. Refused once any user exists, checked
 * inside the same transaction so two simultaneous first runs cannot both succeed.
 */
export async function createFirstAdmin(db: Db, {
  username,
  displayName,
  passwordHash,
}: {
  username: string;
  displayName: string;
  passwordHash: string;
}): Promise<{ ok: true; userId: number } | { ok: false; reason: "users_exist" }> {
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

export type CreateUserResult =
  | { ok: true; userId: number }
  | { ok: false; field: "username" | "scopeUnitCode"; reason: "username_taken" | "unknown_unit" };

/** An administrator creates an account; an editor's scope is the unit with the given official code. */
export async function createUser(db: Db, {
  user,
  passwordHash,
  actorId,
}: {
  user: { username: string; displayName: string; role: "admin" | "editor" | "viewer"; scopeUnitCode: string | null };
  passwordHash: string;
  actorId: number;
}): Promise<CreateUserResult> {
  return db.transaction(
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
export async function setUserDisabled(db: Db, {
  userId,
  disabled,
  actorId,
}: {
  userId: number;
  disabled: boolean;
  actorId: number;
}): Promise<{ ok: true } | { ok: false; reason: "self" | "not_found" }> {
  if (userId === actorId) return { ok: false, reason: "self" };
  return db.transaction(
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

/**
 * Ends every session of the account at once (their tokens carry the old generation). An
 * administrator's "sign out everywhere" is audited; the account's own sign-out is not.
 */
export async function endSessions(db: Db, { userId, actorId }: { userId: number; actorId?: number }): Promise<{ ok: true } | { ok: false; reason: "not_found" }> {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const [row] = t
        .update(users)
        .set({ sessionGeneration: sql`${users.sessionGeneration} + 1` })
        .where(eq(users.id, userId))
        .returning({ generation: users.sessionGeneration })
        .all();
      if (!row) return { ok: false as const, reason: "not_found" as const };
      if (actorId !== undefined) {
        writeAudit(t, { userId: actorId, action: "user.sign_out_everywhere", entity: "user", entityId: userId, after: { sessionGeneration: row.generation } });
      }
      return { ok: true as const };
    },
    { behavior: "immediate" },
  );
}

/**
 * The account's own sign-out ends every session of the account, but only for a token of the
 * current sessions: a copied cookie whose session has already ended must not be able to end the
 * official's fresh sessions again and again. True when the sessions were ended.
 */
export async function endSessionsOnSignOut(db: Db, { userId, generation }: { userId: number; generation: number | null }): Promise<boolean> {
  if (generation === null) return false;
  // One statement, so that two sign-outs of the same token raise the generation once.
  const rows = db
    .update(users)
    .set({ sessionGeneration: sql`${users.sessionGeneration} + 1` })
    .where(and(eq(users.id, userId), eq(users.sessionGeneration, generation)))
    .returning({ id: users.id })
    .all();
  return rows.length > 0;
}
