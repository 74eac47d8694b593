import { describe, expect, it } from "vitest";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  delayAfter,
  PAIR_RULE,
  signInWait,
  waitFor,
  withFailure,
  withoutFailure,
  type FailureCount,
  type SignInCounts,
} from "./rate-limit";

const DAY = 24 * 60 * 60_000;

function fail(count: FailureCount | null, now: number, times = 1, rule = PAIR_RULE): FailureCount {
  let c = count;
  for (let i = 0; i < times; i++) c = withFailure(c, now, rule);
  return c!;
}

describe("sign-in back-off", () => {
  it("lets the first few failures through, then doubles the wait with each failure, up to a ceiling", () => {
    expect([0, 1, 2].map((n) => delayAfter(n, PAIR_RULE))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map((n) => delayAfter(n, PAIR_RULE))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(delayAfter(50, PAIR_RULE)).toBe(PAIR_RULE.maxDelayMs);
    expect(delayAfter(10_000, ADDRESS_RULE)).toBe(ADDRESS_RULE.maxDelayMs);
  });

  it("waits from the last failure, and forgets a key after a day without failures", () => {
    const count = fail(null, 1_000, 5);
    expect(count).toEqual({ failures: 5, lastFailureAt: 1_000 });
    expect(waitFor(count, 1_000, PAIR_RULE)).toBe(8_000);
    expect(waitFor(count, 8_000, PAIR_RULE)).toBe(1_000);
    expect(waitFor(count, 9_000, PAIR_RULE)).toBe(0);
    expect(withFailure(count, 1_000 + DAY, PAIR_RULE)).toEqual({ failures: 1, lastFailureAt: 1_000 + DAY });
  });

  it("gives back one attempt, never the earlier failures", () => {
    const count = fail(null, 0, 4);
    expect(withoutFailure(count, 10, PAIR_RULE)).toEqual({ failures: 3, lastFailureAt: 0 });
    expect(withoutFailure(fail(null, 0), 10, PAIR_RULE)).toBeNull();
    expect(withoutFailure(null, 10, PAIR_RULE)).toBeNull();
  });

  it("never lets an outsider at another address keep an official out", () => {
    // A thousand wrong passwords for the account from elsewhere: the account's own count is huge.
    const account = fail(null, 0, 1_000, ACCOUNT_RULE);
    const official: SignInCounts = { pair: null, address: null, account };
    expect(signInWait(official, 1)).toBe(0);
    // The outsider's own address waits, on its pair count and on its address count.
    const outsider: SignInCounts = { pair: fail(null, 0, 1_000), address: fail(null, 0, 1_000, ADDRESS_RULE), account };
    expect(signInWait(outsider, 1)).toBeGreaterThan(5 * 60_000);
  });

  it("slows an address that sprays one password over many accounts", () => {
    const address = fail(null, 0, ADDRESS_RULE.free - 1, ADDRESS_RULE);
    expect(signInWait({ pair: null, address, account: null }, 0)).toBe(0);
    expect(signInWait({ pair: null, address: withFailure(address, 0, ADDRESS_RULE), account: null }, 0)).toBe(2_000);
  });

  it("slows an address that has failed for an account guessed from many places", () => {
    const account = fail(null, 0, 20, ACCOUNT_RULE);
    expect(signInWait({ pair: fail(null, 0), address: null, account }, 0)).toBe(ACCOUNT_RULE.maxDelayMs);
  });
});
