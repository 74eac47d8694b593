import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAIR_RULE } from "@/lib/auth/rate-limit";
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
    const claims = await Promise.all(Array.from({ length: PAIR_RULE.free + 3 }, () => claimSignInAttempt({ keys, now })));
    // The free ones pass; from then on the pair must wait, and a refused attempt is not counted.
    expect(claims.filter((c) => c.ok)).toHaveLength(PAIR_RULE.free);
    expect(claims.filter((c) => !c.ok).map((c) => !c.ok && c.waitMs)).toEqual([2_000, 2_000, 2_000]);
    expect(failures(keys.pair)).toBe(PAIR_RULE.free);
    expect(failures(keys.address)).toBe(PAIR_RULE.free);
    expect(failures(keys.account)).toBe(PAIR_RULE.free);
    // After the wait, one more guess, and the wait doubles.
    expect(await claimSignInAttempt({ keys, now: now + 2_000 })).toEqual({ ok: true });
    expect(await claimSignInAttempt({ keys, now: now + 2_001 })).toEqual({ ok: false, waitMs: 4_000 - 1 });
  });

  it("lets the official in from another address at once, and a right password clears her pair", async () => {
    const now = 2_000_000;
    const outsider = signInKeys({ username: "viewer", address: "203.0.113.66" });
    // Forty wrong passwords, each as soon as the back-off allows (never more than 15 minutes).
    for (let i = 0; i < 40; i++) expect((await claimSignInAttempt({ keys: outsider, now: now + i * 16 * 60_000 })).ok).toBe(true);
    const later = now + 39 * 16 * 60_000 + 1_000;
    expect(failures(outsider.account)).toBe(40);
    expect((await claimSignInAttempt({ keys: outsider, now: later })).ok).toBe(false);

    const official = signInKeys({ username: "viewer", address: "192.0.2.10" });
    expect(await claimSignInAttempt({ keys: official, now: later })).toEqual({ ok: true });
    const accountBefore = failures(official.account);
    await settleSuccessfulSignIn({ keys: official, now: later });
    expect(failures(official.pair)).toBe(0);
    expect(failures(official.address)).toBe(0);
    // The account gets back the attempt the right password took, not the outsider's failures.
    expect(failures(official.account)).toBe(accountBefore - 1);
  });
});
