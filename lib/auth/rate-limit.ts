// Sign-in back-off. Failures are counted per key, and each failure past a few free ones doubles the
// wait before the next attempt on that key is checked. No key is ever locked for good, and nothing
// an outsider does from their own address can keep an official at another address out:
// - (account, address): the guesses at one account from one place; its wait is the one that grows;
// - address: guesses at any account from one place (password spraying); an IPv6 place is its /64;
// - account: guesses from everywhere; it slows only addresses that have already failed for it, so a
//   correct password from an address with no failures for the account always gets through.
// Pure: the caller passes the clock and the stored counts.

export interface FailureCount {
  failures: number;
  lastFailureAt: number;
}

export interface BackoffRule {
  /** Failures allowed before any wait. */
  free: number;
  /** Wait after the first failure past the free ones; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const PAIR_RULE: BackoffRule = { free: 3, firstDelayMs: 2_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY };
export const ADDRESS_RULE: BackoffRule = { free: 20, firstDelayMs: 2_000, maxDelayMs: 15 * MINUTE, forgetAfterMs: DAY };
export const ACCOUNT_RULE: BackoffRule = { free: 10, firstDelayMs: 1_000, maxDelayMs: 5 * MINUTE, forgetAfterMs: DAY };

/** The count as it stands at `now`: null once it has been forgotten. */
export function currentCount(count: FailureCount | null, now: number, rule: BackoffRule): FailureCount | null {
  return count && count.failures > 0 && now - count.lastFailureAt < rule.forgetAfterMs ? count : null;
}

/** How long after the last failure the next attempt must wait, for a key with this many failures. */
export function delayAfter(failures: number, rule: BackoffRule): number {
  if (failures < rule.free) return 0;
  const doublings = Math.min(failures - rule.free, 30);
  return Math.min(rule.firstDelayMs * 2 ** doublings, rule.maxDelayMs);
}

/** Milliseconds until the key may be tried again; 0 when it may be tried now. */
export function waitFor(count: FailureCount | null, now: number, rule: BackoffRule): number {
  const open = currentCount(count, now, rule);
  return open ? Math.max(0, open.lastFailureAt + delayAfter(open.failures, rule) - now) : 0;
}

export function withFailure(count: FailureCount | null, now: number, rule: BackoffRule): FailureCount {
  const open = currentCount(count, now, rule);
  return { failures: (open?.failures ?? 0) + 1, lastFailureAt: now };
}

/** The count with one failure fewer (an attempt that turned out right); null when nothing is left. */
export function withoutFailure(count: FailureCount | null, now: number, rule: BackoffRule): FailureCount | null {
  const open = currentCount(count, now, rule);
  return open && open.failures > 1 ? { failures: open.failures - 1, lastFailureAt: open.lastFailureAt } : null;
}

export interface SignInCounts {
  pair: FailureCount | null;
  address: FailureCount | null;
  account: FailureCount | null;
}

/** Milliseconds this sign-in attempt must wait before its password is checked; 0 to check it now. */
export function signInWait(counts: SignInCounts, now: number): number {
  const pairFailed = currentCount(counts.pair, now, PAIR_RULE) !== null;
  return Math.max(
    waitFor(counts.pair, now, PAIR_RULE),
    waitFor(counts.address, now, ADDRESS_RULE),
    pairFailed ? waitFor(counts.account, now, ACCOUNT_RULE) : 0,
  );
}
