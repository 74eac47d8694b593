import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function loadEnv(vars: Record<string, string | undefined>) {
  process.env = { ...saved, ...vars };
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  return import("./env");
}

describe("server environment", () => {
  it("requires NEXTAUTH_SECRET outside demo mode, an empty one counting as missing", async () => {
    const env = await loadEnv({ DEMO_MODE: "false", NEXTAUTH_SECRET: "" });
    expect(() => env.serverEnv()).toThrow(/NEXTAUTH_SECRET is required/);
    const short = await loadEnv({ DEMO_MODE: "false", NEXTAUTH_SECRET: "short" });
    expect(() => short.serverEnv()).toThrow(/at least 32/);
  });

  it("in demo mode generates a secret once and keeps it beside the database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-env-"));
    try {
      const vars = { DEMO_MODE: "true", NEXTAUTH_SECRET: undefined, DATABASE_PATH: path.join(dir, "db", "x.db") };
      const first = (await loadEnv(vars)).authSecret();
      vi.resetModules();
      const second = (await loadEnv(vars)).authSecret();
      expect(first).toHaveLength(43);
      expect(second).toBe(first);
      expect(fs.readFileSync(path.join(dir, "db", "nextauth-secret"), "utf8")).toBe(first);
      expect(fs.statSync(path.join(dir, "db", "nextauth-secret")).mode & 0o077).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("marks session cookies Secure when the app is served over https", async () => {
    expect((await loadEnv({ NEXTAUTH_URL: "https://chitieu.example.vn" })).secureCookies()).toBe(true);
    vi.resetModules();
    expect((await loadEnv({ NEXTAUTH_URL: undefined })).secureCookies()).toBe(false);
  });

  it("trusts X-Forwarded-For only for as many proxies as TRUSTED_PROXY names", async () => {
    expect((await loadEnv({ TRUSTED_PROXY: undefined })).serverEnv().TRUSTED_PROXY).toBe(0);
    vi.resetModules();
    expect((await loadEnv({ TRUSTED_PROXY: "" })).serverEnv().TRUSTED_PROXY).toBe(0);
    vi.resetModules();
    expect((await loadEnv({ TRUSTED_PROXY: "1" })).serverEnv().TRUSTED_PROXY).toBe(1);
    for (const bad of ["true", "-1", "10", "1.5", "all"]) {
      vi.resetModules();
      const env = await loadEnv({ TRUSTED_PROXY: bad });
      expect(() => env.serverEnv(), bad).toThrow(/TRUSTED_PROXY/);
    }
  });
});
