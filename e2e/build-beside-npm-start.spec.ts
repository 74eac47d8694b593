// `npm test` in a checkout where `npm start` is serving: the end-to-end build goes to a folder of its
// own, so the running server keeps finding every script its pages name (before, the tests rebuilt
// .next under it and its pages failed with ChunkLoadError). Serves .next as `npm start` does, on its
// own port (the crash test's, free by now: this project runs after all others) and database, then
// makes the end-to-end build beside it. Builds .next only when there is none, so that it never
// rebuilds under a server of the developer's.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_DIST_DIR, killServer, startServer, waitUntilReady } from "./support/server";

const PORT = Number(process.env.E2E_CRASH_PORT ?? 3312);
const BASE_URL = `http://localhost:${PORT}`;
const DATABASE = `data/npm-start-${PORT}.db`;
const START_DIST_DIR = ".next";

/** Runs a command to its end, failing the test with its output if it fails. */
function run(command: string, args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed:\n${output}`))));
  });
}

/** Every script of Next's own that the page's HTML names. */
async function scriptsOf(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(`${BASE_URL}${path}`);
  expect(response.status(), path).toBe(200);
  return [...new Set([...(await response.text()).matchAll(/"(\/_next\/static\/[^"]+?\.js)"/g)].map((m) => m[1]!))];
}

test("a server started as npm start does keeps loading every script its pages name while the end-to-end build is made", async ({ request }) => {
  test.setTimeout(15 * 60_000);
  if (!fs.existsSync(`${START_DIST_DIR}/BUILD_ID`)) await run("./node_modules/.bin/next", ["build"], { NEXT_DIST_DIR: START_DIST_DIR });
  const buildId = fs.readFileSync(`${START_DIST_DIR}/BUILD_ID`, "utf8");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(DATABASE + suffix, { force: true });
  execFileSync("./node_modules/.bin/tsx", ["db/cli.ts", "reset"], { env: { ...process.env, DATABASE_PATH: DATABASE }, stdio: "ignore" });

  const server = startServer({ port: PORT, distDir: START_DIST_DIR, env: { DATABASE_PATH: DATABASE, DEMO_MODE: "true" } });
  try {
    await waitUntilReady(BASE_URL);
    const pages = ["/", "/compare", "/sign-in"];
    const before = new Map<string, string[]>();
    for (const page of pages) before.set(page, await scriptsOf(request, page));
    expect([...before.values()].flat().length).toBeGreaterThan(0);

    // What Playwright's web server runs before the tests (playwright.config.ts); meanwhile the
    // running server is asked for the home page's scripts again and again.
    let building = true;
    const build = run("./node_modules/.bin/next", ["build"], { NEXT_DIST_DIR: E2E_DIST_DIR })
      .then(() => null, (e: unknown) => e)
      .finally(() => (building = false));
    const missingWhileBuilding = new Set<string>();
    while (building) {
      for (const script of before.get("/")!) if ((await request.get(`${BASE_URL}${script}`)).status() !== 200) missingWhileBuilding.add(script);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const failed = await build;
    if (failed) throw failed;
    expect([...missingWhileBuilding], "scripts missing while the end-to-end build was made").toEqual([]);

    expect(fs.readFileSync(`${START_DIST_DIR}/BUILD_ID`, "utf8"), "the end-to-end build left .next alone").toBe(buildId);
    expect(fs.existsSync(`${E2E_DIST_DIR}/BUILD_ID`)).toBe(true);
    for (const page of pages) {
      // A page loaded before the build, and the same page loaded afresh, both get all their scripts.
      const scripts = new Set([...before.get(page)!, ...(await scriptsOf(request, page))]);
      for (const script of scripts) expect((await request.get(`${BASE_URL}${script}`)).status(), `${page}: ${script}`).toBe(200);
    }
  } finally {
    killServer(server);
  }
});
