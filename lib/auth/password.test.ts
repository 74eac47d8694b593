import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("demo1234");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(stored, "demo1234")).toBe(true);
    expect(await verifyPassword(stored, "demo12345")).toBe(false);
    expect(await verifyPassword(null, "demo1234")).toBe(false);
    expect(await verifyPassword("not a hash", "demo1234")).toBe(false);
  });
});
