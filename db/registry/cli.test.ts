// The command an operator runs on the server: it imports into DATABASE_PATH and audits the run as the system.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-registry-cli-"));
const file = path.join(dir, "registry.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = () =>
  execFileSync("./node_modules/.bin/tsx", ["db/registry/cli.ts"], { env: { ...process.env, DATABASE_PATH: file }, encoding: "utf8" });

describe("npm run db:import-registry", () => {
  it("imports into an empty database, changes nothing the second time, and audits both runs as the system", () => {
    expect(run()).toMatch(/provinces\s+34 new,\s+0 already present/);
    expect(run()).toMatch(/communes\s+0 new,\s+3321 already present/);
    const db = new Database(file, { readonly: true });
    try {
      const units = db.prepare("select count(*) as n from units where valid_from >= '2025-07-01'").get() as { n: number };
      expect(units.n).toBe(34 + 3321);
      const audit = db.prepare("select user_id, action, entity, after from audit_log order by id").all() as { user_id: number | null; action: string; entity: string; after: string }[];
      expect(audit.map((a) => [a.user_id, a.action, a.entity])).toEqual([
        [null, "registry.import", "registry"],
        [null, "registry.import", "registry"],
      ]);
      expect(JSON.parse(audit[0]!.after)).toMatchObject({ via: "cli", provincesAdded: 34, communesAdded: 3321, lineageAdded: 10034 });
      expect(JSON.parse(audit[1]!.after)).toMatchObject({ via: "cli", provincesAdded: 0, provincesUnchanged: 34, communesAdded: 0, communesUnchanged: 3321, lineageAdded: 0 });
    } finally {
      db.close();
    }
  }, 60_000);
});
