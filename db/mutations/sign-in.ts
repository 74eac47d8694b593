import "server-only";
import { eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../client";
import { signInFailures } from "../schema";
import { backoffAddress } from "@/lib/auth/address-key";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  PAIR_RULE,
  signInWait,
  withFailure,
  withoutFailure,
  type BackoffRule,
  type FailureCount,
} from "@/lib/auth/rate-limit";

/** The keys one sign-in attempt is counted under. */
export interface SignInKeys {
  pair: string;
  address: string;
  account: string;
}

export function signInKeys({ username, address: clientAddress }: { username: string; address: string }): SignInKeys {
  const address = backoffAddress(clientAddress);
  return { pair: `pair:${username}|${address}`, address: `addr:${address}`, account: `user:${username}` };
}

const RULES: Record<keyof SignInKeys, BackoffRule> = { pair: PAIR_RULE, address: ADDRESS_RULE, account: ACCOUNT_RULE };
const KINDS = Object.keys(RULES) as (keyof SignInKeys)[];
/** Past this, every rule has forgotten a failure, so its row only takes room. */
const FORGET_AFTER_MS = Math.max(...KINDS.map((kind) => RULES[kind].forgetAfterMs));
/** Rows forgotten per recorded attempt: more than the attempt adds, so the table cannot grow without bound. */
const PURGE_BATCH = 100;

function purgeForgotten(db: Db, now: number): void {
  const old = db
    .select({ key: signInFailures.key })
    .from(signInFailures)
    .where(lt(signInFailures.lastFailureAt, new Date(now - FORGET_AFTER_MS)))
    .orderBy(signInFailures.lastFailureAt)
    .limit(PURGE_BATCH)
    .all();
  if (old.length > 0) db.delete(signInFailures).where(inArray(signInFailures.key, old.map((row) => row.key))).run();
}

function read(db: Db, key: string): FailureCount | null {
  const row = db.select().from(signInFailures).where(eq(signInFailures.key, key)).get();
  return row ? { failures: row.failures, lastFailureAt: row.lastFailureAt.getTime() } : null;
}

function write(db: Db, key: string, count: FailureCount | null): void {
  if (!count) {
    db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
    return;
  }
  const values = { failures: count.failures, lastFailureAt: new Date(count.lastFailureAt) };
  db.insert(signInFailures)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: signInFailures.key, set: values })
    .run();
}

/**
 * Takes one sign-in attempt, counted as a failure on every key until the password proves right, so
 * that guesses sent all at once are counted before any of them is checked. When the attempt must
 * wait, nothing is counted and the wait (in milliseconds) is returned.
 */
export async function claimSignInAttempt(db: Db, { keys, now }: { keys: SignInKeys; now: number }): Promise<{ ok: true } | { ok: false; waitMs: number }> {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const counts = { pair: read(t, keys.pair), address: read(t, keys.address), account: read(t, keys.account) };
      const waitMs = signInWait(counts, now);
      if (waitMs > 0) return { ok: false as const, waitMs };
      for (const kind of KINDS) write(t, keys[kind], withFailure(counts[kind], now, RULES[kind]));
      purgeForgotten(t, now);
      return { ok: true as const };
    },
    { behavior: "immediate" },
  );
}

/**
 * A right password clears the (account, address) count and gives the address and the account back
 * the attempt it took (but not their earlier failures: one good password must not unlock guessing).
 */
export async function settleSuccessfulSignIn(db: Db, { keys, now }: { keys: SignInKeys; now: number }): Promise<void> {
  db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      write(t, keys.pair, null);
      write(t, keys.address, withoutFailure(read(t, keys.address), now, ADDRESS_RULE));
      write(t, keys.account, withoutFailure(read(t, keys.account), now, ACCOUNT_RULE));
    },
    { behavior: "immediate" },
  );
}
