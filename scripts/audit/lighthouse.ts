// npm run audit: Lighthouse (performance, accessibility) on the production build for the
// dashboard, chart and comparison pages (a town's wards and the whole country), with the JavaScript each page ships.
//
// Builds into .next-audit if needed, starts `next start` on a fresh demo database (data/audit.db,
// port 3413) and runs Lighthouse with the same Chromium as the end-to-end tests (scripts/browser.ts).
// AUDIT_PRESET=mobile|desktop (default: both), AUDIT_PAGES=dashboard,chart,…
// (default: all), AUDIT_RUNS=n (default 1: Lighthouse on a shared machine swings by a few points, so
// several runs per page report their median). Prints a table and writes bench-results/lighthouse.json,
// and each run's full Lighthouse report as bench-results/lighthouse-<preset>-<page>-<run>.json to read
// where the points go (largest contentful paint, blocking time, layout shifts, unused JavaScript).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import Database from "better-sqlite3";
import { chooseBrowser, machineFacts } from "../browser";

const PORT = Number(process.env.AUDIT_PORT ?? 3413);
const BASE = `http://localhost:${PORT}`;
const DB_FILE = path.resolve(process.env.AUDIT_DATABASE_PATH ?? "data/audit.db");
const browserStep = chooseBrowser(machineFacts(chromium.executablePath(), []));
const CHROMIUM = browserStep.kind === "use" ? (browserStep.executablePath ?? chromium.executablePath()) : undefined;
const PRESETS = (process.env.AUDIT_PRESET ? [process.env.AUDIT_PRESET] : ["mobile", "desktop"]) as ("mobile" | "desktop")[];
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 1));
// A build of its own, so that the audit neither rebuilds nor serves the .next of a running `npm start`.
const DIST_DIR = ".next-audit";

type Result = { page: string; preset: string; performance: number; accessibility: number; scriptKB: number; lcpMs: number; tbtMs: number; cls: number };

/** The run with the median performance score (the middle one of an odd number, the lower middle of an even). */
function median(runs: Result[]): Result {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function waitFor(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

function unitId(code: string): number {
  const db = new Database(DB_FILE, { readonly: true });
  const row = db.prepare("select id from units where code = ?").get(code) as { id: number } | undefined;
  db.close();
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

/** One Lighthouse run of a page; its full report is written to `out`. */
function lighthouse({ name, url, preset, flags, out }: { name: string; url: string; preset: "mobile" | "desktop"; flags: string; out: string }): Result {
  // The CLI under plain node: a transpiling loader would rewrite the functions Lighthouse runs in the page.
  const args = ["node_modules/lighthouse/cli/index.js", url, "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility", `--chrome-flags=${flags}`, "--quiet"];
  if (preset === "desktop") args.push("--preset=desktop");
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, CHROME_PATH: CHROMIUM! } });
  if (r.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  const lhr = JSON.parse(fs.readFileSync(out, "utf8")) as LighthouseResult;
  const items = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const script = items.find((i) => i.resourceType === "script")?.transferSize ?? 0;
  return {
    page: name,
    preset,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    scriptKB: script / 1024,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? 0,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0,
  };
}

async function main() {
  if (!CHROMIUM) throw new Error(browserStep.kind === "give-up" ? browserStep.message : "no Chromium");
  run("./node_modules/.bin/tsx", ["db/cli.ts", "reset"], { DATABASE_PATH: DB_FILE });
  // The same staleness check as npm start: a build older than any source file is rebuilt.
  if (process.env.AUDIT_BUILD === "1") run("./node_modules/.bin/next", ["build"]);
  else run("npm", ["run", "--silent", "build:if-needed"]);
  const server = spawn("./node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "localhost"], {
    env: { ...process.env, DATABASE_PATH: DB_FILE, DEMO_MODE: "true", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR },
    stdio: "ignore",
    detached: true,
  });
  const flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
  fs.mkdirSync("bench-results", { recursive: true });
  const results: Result[] = [];
  const allRuns: Result[] = [];
  try {
    await waitFor(`${BASE}/`);
    const pages = {
      dashboard: `${BASE}/units/${unitId("381")}`,
      chart: `${BASE}/units/${unitId("14812")}/charts/GTSX`,
      compare: `${BASE}/units/${unitId("381")}/compare`,
      "country compare": `${BASE}/compare`,
      "small multiples": `${BASE}/units/${unitId("381")}/compare/charts?indicator=GTSX`,
    };
    const only = process.env.AUDIT_PAGES?.split(",");
    for (const preset of PRESETS) {
      for (const [name, url] of Object.entries(pages).filter(([n]) => !only || only.includes(n))) {
        await waitFor(url); // warm the server
        const runs: Result[] = [];
        for (let n = 1; n <= RUNS; n++) {
          const out = path.resolve("bench-results", `lighthouse-${preset}-${name.replace(/\s+/g, "-")}-${n}.json`);
          const r = lighthouse({ name, url, preset, flags, out });
          runs.push(r);
          console.log(`${preset} ${name} (run ${n}): performance ${r.performance}, accessibility ${r.accessibility}, JS ${r.scriptKB.toFixed(0)} KB, LCP ${r.lcpMs.toFixed(0)} ms, TBT ${r.tbtMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}`);
        }
        allRuns.push(...runs);
        results.push(median(runs));
      }
    }
  } finally {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  if (RUNS > 1) console.log(`\nMedian of ${RUNS} runs per page (by performance score):`);
  console.log("\n| page | preset | performance | accessibility | JS transferred (KB) | LCP ms | TBT ms | CLS |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(`| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.scriptKB.toFixed(0)} | ${r.lcpMs.toFixed(0)} | ${r.tbtMs.toFixed(0)} | ${r.cls.toFixed(3)} |`);
  }
  fs.writeFileSync("bench-results/lighthouse.json", JSON.stringify({ date: new Date().toISOString(), runsPerPage: RUNS, results, allRuns }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
