import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { units, users, type User } from "../schema";

export type SessionUser = Pick<User, "id" | "username" | "displayName" | "role" | "scopeUnitId">;

const sessionColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  scopeUnitId: users.scopeUnitId,
};

/** The signed-in user as the database knows them now, with their session generation: a disabled account has no session. */
export async function getActiveUser(db: Db, { userId }: { userId: number }): Promise<(SessionUser & { sessionGeneration: number }) | null> {
  const [row] = db
    .select({ ...sessionColumns, sessionGeneration: users.sessionGeneration, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, userId))
    .all();
  if (!row || row.disabled) return null;
  const { disabled: _disabled, ...user } = row;
  return user;
}

/** What sign-in needs to check a password. */
export async function getUserForSignIn(db: Db, { username }: { username: string }) {
  const [row] = db
    .select({ ...sessionColumns, passwordHash: users.passwordHash, disabled: users.disabled, sessionGeneration: users.sessionGeneration })
    .from(users)
    .where(eq(users.username, username))
    .all();
  return row ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = db.select({ n: count() }).from(users).all();
  return row?.n ?? 0;
}

/** Everyone, for the audit page's filter. */
export async function listUsers(db: Db): Promise<Pick<User, "id" | "username" | "displayName">[]> {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .orderBy(asc(users.username))
    .all();
}

/** Every account with the unit an editor works for, for the accounts page. */
export async function listAccounts(db: Db) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      disabled: users.disabled,
      scopeUnitCode: units.code,
      scopeUnitName: units.name,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.scopeUnitId))
    .orderBy(asc(users.username))
    .all();
}

export type Account = Awaited<ReturnType<typeof listAccounts>>[number];
