import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_RULE, ADDRESS_RULE, PAIR_RULE } from "@/lib/auth/rate-limit";
import type { Db } from "../client";
import { signInFailures } from "../schema";
import { createTempDatabase } from "../testing/temp-database";
import { claimSignInAttempt, settleSuccessfulSignIn, signInKeys } from "./sign-in";

let db: Db;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase({ seed: false }));
});
afterAll(() => cleanup());

const failures = (key: string) => db.select().from(signInFailures).where(eq(signInFailures.key, key)).get()?.failures ?? 0;

describe("sign-in back-off in the database", () => {
  it("counts guesses sent at once before any is checked, and makes the next one wait", async () => {
    const keys = signInKeys({ username: "badinh", address: "198.51.100.1" });
    const now = 1_000_000;
    const claims = await Promise.all(Array.from({ length: PAIR_RULE.free + 3 }, () => claimSignInAttempt(db, { keys, now })));
    // The free ones pass; from then on the pair must wait, and a refused attempt is not counted.
    expect(claims.filter((c) => c.ok)).toHaveLength(PAIR_RULE.free);
    expect(claims.filter((c) => !c.ok).map((c) => !c.ok && c.waitMs)).toEqual([2_000, 2_000, 2_000]);
    expect(failures(keys.pair)).toBe(PAIR_RULE.free);
    expect(failures(keys.address)).toBe(PAIR_RULE.free);
    expect(failures(keys.account)).toBe(PAIR_RULE.free);
    // After the wait, one more guess, and the wait doubles.
    expect(await claimSignInAttempt(db, { keys, now: now + 2_000 })).toEqual({ ok: true });
    expect(await claimSignInAttempt(db, { keys, now: now + 2_001 })).toEqual({ ok: false, waitMs: 4_000 - 1 });
  });

  it("lets the official in from another address at once, and a right password clears her pair", async () => {
    const now = 2_000_000;
    const outsider = signInKeys({ username: "viewer", address: "203.0.113.66" });
    // Forty wrong passwords, each as soon as the back-off allows (never more than 15 minutes).
    for (let i = 0; i < 40; i++) expect((await claimSignInAttempt(db, { keys: outsider, now: now + i * 16 * 60_000 })).ok).toBe(true);
    const later = now + 39 * 16 * 60_000 + 1_000;
    expect(failures(outsider.account)).toBe(40);
    expect((await claimSignInAttempt(db, { keys: outsider, now: later })).ok).toBe(false);

    const official = signInKeys({ username: "viewer", address: "192.0.2.10" });
    expect(await claimSignInAttempt(db, { keys: official, now: later })).toEqual({ ok: true });
    const accountBefore = failures(official.account);
    await settleSuccessfulSignIn(db, { keys: official, now: later });
    expect(failures(official.pair)).toBe(0);
    expect(failures(official.address)).toBe(0);
    // The account gets back the attempt the right password took, not the outsider's failures.
    expect(failures(official.account)).toBe(accountBefore - 1);
  });

  it("counts fifty addresses of one IPv6 /64 as one address", async () => {
    const now = 3_000_000;
    const addresses = Array.from({ length: 50 }, (_, i) => `2001:db8:77:1:${(i + 1).toString(16)}::${i % 7}`);
    const claims = [];
    for (const address of addresses) claims.push(await claimSignInAttempt(db, { keys: signInKeys({ username: "quan1", address }), now }));
    // The /64 is one place: after the free guesses at the account from it, it waits like one address.
    expect(claims.filter((c) => c.ok)).toHaveLength(PAIR_RULE.free);
    const keys = signInKeys({ username: "quan1", address: addresses[0]! });
    expect(keys).toEqual(signInKeys({ username: "quan1", address: addresses[49]! }));
    expect(failures(keys.pair)).toBe(PAIR_RULE.free);
    // The IPv4-in-IPv6 spelling of an address is the address.
    expect(signInKeys({ username: "quan1", address: "::ffff:198.51.100.1" })).toEqual(signInKeys({ username: "quan1", address: "198.51.100.1" }));
  });

  it("forgets old failures as it records new ones, a bounded number at a time", async () => {
    const longAgo = 100_000_000;
    const now = longAgo + Math.max(PAIR_RULE.forgetAfterMs, ADDRESS_RULE.forgetAfterMs, ACCOUNT_RULE.forgetAfterMs) + 1;
    // Random usernames from random places leave rows behind.
    db.insert(signInFailures)
      .values(Array.from({ length: 250 }, (_, i) => ({ key: `user:random${i}`, failures: 1, lastFailureAt: new Date(longAgo) })))
      .run();
    db.insert(signInFailures).values({ key: "user:recent", failures: 1, lastFailureAt: new Date(now - 1_000) }).run();
    const stale = () => db.select().from(signInFailures).all().filter((r) => r.key.startsWith("user:random")).length;
    expect(stale()).toBe(250);
    await claimSignInAttempt(db, { keys: signInKeys({ username: "someone", address: "192.0.2.200" }), now });
    const left = stale();
    expect(left).toBeLessThan(250);
    expect(left).toBeGreaterThan(0); // bounded: one attempt does not sweep everything
    for (let i = 1; i <= 5; i++) await claimSignInAttempt(db, { keys: signInKeys({ username: `someone${i}`, address: "192.0.2.201" }), now });
    expect(stale()).toBe(0);
    expect(failures("user:recent")).toBe(1);
  });
});
