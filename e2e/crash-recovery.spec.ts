// kill -9 during a burst of saves: after a restart the database passes PRAGMA integrity_check and
// every save the server acknowledged is there. Starts its own production server (the build the
// Playwright web server made) on its own port with its own database file, and kills only that.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { indicatorIdByCode, withDatabase } from "./support/database";
import { actionId, postAction, signInOverHttp } from "./support/http";
import { killServer, startServer, waitUntilReady } from "./support/server";

const PORT = Number(process.env.E2E_CRASH_PORT ?? 3312);
const BASE_URL = `http://localhost:${PORT}`;
const DATABASE = `data/crash-${PORT}.db`;
const PERIODS = ["Q1", "H1", "M9", "FY"];
const KILL_AFTER_ACKNOWLEDGED = 25;
const CONCURRENCY = 6;

const startCrashServer = () => startServer({ port: PORT, env: { DATABASE_PATH: DATABASE, DEMO_MODE: "true" } });

test("kill -9 during a burst of saves loses no acknowledged save and corrupts nothing", async () => {
  test.setTimeout(180_000);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DATABASE + suffix, { force: true });
  execFileSync("./node_modules/.bin/tsx", ["db/cli.ts", "reset"], { env: { ...process.env, DATABASE_PATH: DATABASE }, stdio: "ignore" });
  const gtsx = indicatorIdByCode("GTSX", DATABASE);
  const unitIds = withDatabase((db) => (db.prepare("select id from units order by id").all() as { id: number }[]).map((r) => r.id), DATABASE);
  const targets = unitIds.flatMap((unitId) => PERIODS.map((period) => ({ unitId, period, value: unitId * 1000 + PERIODS.indexOf(period) + 1 })));

  let server: ChildProcess | null = startCrashServer();
  try {
    await waitUntilReady(BASE_URL);
    const request = await playwrightRequest.newContext({ baseURL: BASE_URL });
    expect(await signInOverHttp(request, "admin")).toBe(true);
    const action = actionId("app/_actions/entry.ts", "saveActuals");

    const acknowledged: typeof targets = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < targets.length && !killed) {
        const target = targets[next++]!;
        try {
          const response = await postAction(request, {
            baseURL: BASE_URL,
            page: `/units/${target.unitId}/entry`,
            action,
            fields: {
              unitId: String(target.unitId), year: "2031", period: target.period,
              [`value.${gtsx}`]: String(target.value), [`status.${gtsx}`]: "estimate", [`revision.${gtsx}`]: "0",
            },
          });
          if (response.status === 200 && response.body.includes('"ok":true')) acknowledged.push(target);
        } catch {
          // the connection died with the server: not acknowledged
        }
        if (acknowledged.length >= KILL_AFTER_ACKNOWLEDGED && !killed) {
          killed = true;
          killServer(server); // mid-burst: the other workers' requests are in flight
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await request.dispose();
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(acknowledged.length).toBeLessThan(targets.length);

    server = startCrashServer();
    await waitUntilReady(BASE_URL);
    withDatabase((db) => {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const stored = db
        .prepare("select unit_id as unitId, period, value, revision from actuals where year = 2031 and indicator_id = ?")
        .all(gtsx) as { unitId: number; period: string; value: number; revision: number }[];
      for (const a of acknowledged) {
        expect(stored.find((s) => s.unitId === a.unitId && s.period === a.period), `${a.unitId} ${a.period}`).toMatchObject({ value: a.value, revision: 1 });
      }
      // Every stored figure is whole: its revision row and audit row were written with it.
      const orphans = db
        .prepare(
          `select count(*) as n from actuals a where a.year = 2031 and (
             not exists (select 1 from actual_revisions r where r.actual_id = a.id and r.revision = a.revision) or
             not exists (select 1 from audit_log l where l.entity = 'actual' and l.entity_id = a.id))`,
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      console.log(`crash test: ${acknowledged.length} saves acknowledged before kill -9, ${stored.length} stored after restart`);
    }, DATABASE);
    expect((await fetch(`${BASE_URL}/sign-in`)).status).toBe(200);
  } finally {
    killServer(server);
    server = null;
  }
});
