import crypto from "node:crypto";
// npm run bench: the dashboards at national scale, measured.
//
// 1. Builds data/national.db if missing (npm run db:national) and the production build if it is
//    older than the code.
// 2. Starts `next start` on that database and loads it from this process over loopback with
//    autocannon: a province dashboard, a commune dashboard, the comparison of a province's
//    communes and of all the country's communes, and a bare page as the baseline. Dashboards are
//    kept once rendered (until the data changes), so their first views are measured too: every
//    commune dashboard of the largest province, each asked for once.
// 3. In this process, times the same reads three ways: raw SQL through better-sqlite3, the data
//    layer the pages call (db/queries), and data layer + domain logic (lib/) — what a page does.
// Prints a table and writes bench-results/latest.json. Bounded: about two minutes.
//
// Runs under `node --conditions=react-server` so that the query modules' "server-only" import resolves.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";

const ROOT = process.cwd();
const DB_FILE = path.resolve(process.env.NATIONAL_DATABASE_PATH ?? "data/national.db");
const PORT = Number(process.env.BENCH_PORT ?? 3412);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const TIMING_RUNS = Number(process.env.BENCH_TIMING_RUNS ?? 15);
// A build of its own, so that the bench neither rebuilds nor serves the .next of a running `npm start`.
const DIST_DIR = ".next-bench";
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR };
const BASE = `http://localhost:${PORT}`;
/** The generated data's latest year is complete: every view opens on its full year. */
const PERIOD = "FY";

function newestMtime(dir: string): number {
  if (fs.statSync(dir).isFile()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(tsx?|json|css)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuild() {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  const sources = Math.max(...["app", "components", "lib", "server", "db/queries", "db/view-cache.ts", "proxy.ts"].map((d) => newestMtime(path.join(ROOT, d))));
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sources) {
    console.log(`Reusing the production build in ${DIST_DIR}`);
    return;
  }
  console.log("Building for production (next build)…");
  const r = spawnSync("./node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, ...NEXT_ENV } });
  if (r.status !== 0) throw new Error("next build failed");
}

function ensureDatabase() {
  if (fs.existsSync(DB_FILE)) return;
  console.log(`No ${DB_FILE}: generating it (npm run db:national)…`);
  const r = spawnSync("./node_modules/.bin/tsx", ["scripts/national/generate.ts"], { stdio: "inherit", env: { ...process.env, NATIONAL_DATABASE_PATH: DB_FILE } });
  if (r.status !== 0) throw new Error("db:national failed");
}

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("next start exited");
    try {
      const res = await fetch(`${BASE}/bench/bare`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("next start did not answer within 60 s");
}

/** Bytes on the wire for a page fetched with gzip, as a browser would. */
function gzipSize(url: string): Promise<{ status: number; gzip: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (res) => {
        let bytes = 0;
        res.on("data", (c: Buffer) => (bytes += c.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, gzip: bytes, encoding: String(res.headers["content-encoding"] ?? "none") }));
      })
      .on("error", reject);
  });
}

/**
 * CPU time the server process has used, in ms (Linux: utime + stime from /proc, in clock ticks of
 * 10 ms); null elsewhere. Unlike req/s it hardly moves when other work shares the machine.
 */
function serverCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function load(url: string, pid?: number) {
  const cpuBefore = serverCpuMs(pid);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { "accept-encoding": "gzip" } });
  const cpuAfter = serverCpuMs(pid);
  const answered = r.requests.total;
  const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && answered > 0 ? (cpuAfter - cpuBefore) / answered : null;
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, non2xx: r.non2xx, errors: r.errors, cpuMsPerRequest };
}

/** Each URL asked for once, CONNECTIONS at a time: views not rendered yet, as after the data has changed. */
async function firstViews(urls: string[], pid?: number) {
  const cpuBefore = serverCpuMs(pid);
  const started = performance.now();
  const latencies: number[] = [];
  let non2xx = 0;
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) non2xx++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = serverCpuMs(pid);
  const sorted = latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    p50: at(0.5),
    p99: at(0.99),
    rps: urls.length / seconds,
    non2xx,
    errors: 0,
    cpuMsPerRequest: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / urls.length : null,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeInterleaved(fns: (() => unknown)[]): Promise<number[]> {
  for (const fn of fns) await fn(); // warm: statement cache, page cache
  const runs: number[][] = fns.map(() => []);
  // At least TIMING_RUNS rounds, and more for fast views (up to 1,5 s or 300 rounds), so that a 1 ms median is stable.
  const started = performance.now();
  for (let i = 0; i < TIMING_RUNS || (performance.now() - started < 1500 && i < 300); i++) {
    for (const [k, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      runs[k]!.push(performance.now() - t0);
    }
  }
  return runs.map(median);
}

interface Targets {
  provinceId: number;
  provinceName: string;
  communeId: number;
  communeName: string;
  communes: number;
  /** The communes of the province, for first views of dashboards not yet rendered. */
  provinceCommuneIds: number[];
}

function pickTargets(): Targets {
  const db = new Database(DB_FILE, { readonly: true });
  // The province with the most communes: the heaviest province dashboard and comparison.
  const province = db
    .prepare("select p.id, p.name, count(c.id) as n from units p join units c on c.parent_id = p.id where p.parent_id is null group by p.id order by n desc limit 1")
    .get() as { id: number; name: string; n: number };
  const commune = db.prepare("select id, name from units where parent_id = ? order by code limit 1").get(province.id) as { id: number; name: string };
  const communes = (db.prepare("select count(*) as n from units where level = 3").get() as { n: number }).n;
  const provinceCommuneIds = (db.prepare("select id from units where parent_id = ? order by code").all(province.id) as { id: number }[]).map((r) => r.id);
  db.close();
  return { provinceId: province.id, provinceName: province.name, communeId: commune.id, communeName: commune.name, communes, provinceCommuneIds };
}

/** The same reads as db/queries, written as plain SQL and run through better-sqlite3 directly, rows as arrays (the cheapest fetch). */
function rawQueries(db: Database.Database) {
  const indicatorCols =
    "id, code, name_vi, name_en, \"group\", measure_vi, measure_en, direction, time_behaviour, aggregation, kind, base_indicator_id, weight_indicator_id, decimals, sort_order";
  const planCols = "p.unit_id, p.indicator_id, p.version, p.comparator, p.value, p.value_max, p.source, p.document_number, p.document_date";
  const actualCols = "a.unit_id, a.indicator_id, a.year, a.period, a.value, a.numerator, a.denominator, a.stated_value, a.status, a.source";
  // The period filter of getUnitsFigures: this period this year, the same period and the full year last year.
  const periodFilter = "((a.year = ? and a.period = ?) or (a.year = ? and a.period in (?, 'FY')))";
  const periodArgs = (year: number) => [year, PERIOD, year - 1, PERIOD];
  const q = {
    indicators: db.prepare(`select ${indicatorCols} from indicators order by sort_order, id`).raw(),
    unitPlans: db.prepare(`select ${planCols} from plans p where p.unit_id = ? and p.year = ?`).raw(),
    unitActuals: db.prepare(`select ${actualCols} from actuals a where a.unit_id = ? and a.year in (?, ?)`).raw(),
    childUnits: db.prepare("select id, code, name, type from units where parent_id = ? order by code").raw(),
    childPlans: db.prepare(`select ${planCols} from plans p join units u on u.id = p.unit_id where u.parent_id = ? and p.year = ?`).raw(),
    childActuals: db.prepare(`select ${actualCols} from actuals a join units u on u.id = a.unit_id where u.parent_id = ? and ${periodFilter}`).raw(),
    levelUnits: db.prepare("select id, code, name, type from units where level = ? order by code").raw(),
    childPlannedIndicators: db.prepare("select distinct p.indicator_id from plans p join units u on u.id = p.unit_id where u.parent_id = ? and p.year = ?").raw(),
    levelPlannedIndicators: db.prepare("select distinct p.indicator_id from plans p join units u on u.id = p.unit_id where u.level = ? and p.year = ?").raw(),
    unitPeriods: db.prepare("select distinct year, period from actuals where unit_id = ? and year = ?").raw(),
    levelPeriods: db.prepare("select distinct a.year, a.period from actuals a join units u on u.id = a.unit_id where u.level = ? and a.year = ?").raw(),
  };
  const inList = (ids: number[]) => ids.map(() => "?").join(",");
  return {
    dashboard(unitId: number, year: number) {
      q.indicators.all();
      q.unitPlans.all(unitId, year);
      q.unitActuals.all(unitId, year, year - 1);
      if (q.childUnits.all(unitId).length === 0) return;
      q.childPlans.all(unitId, year);
      q.childActuals.all(unitId, ...periodArgs(year));
    },
    compare(scope: { parentId: number } | { level: number }, parentId: number | null, year: number, indicatorIds: number[]) {
      q.indicators.all();
      if (parentId !== null) q.unitPlans.all(parentId, year);
      if (parentId !== null) q.unitPeriods.all(parentId, year);
      else q.levelPeriods.all(1, year);
      // The default columns: indicators the compared units (for the country, the provinces) have plans for.
      if (parentId !== null) q.childPlannedIndicators.all(parentId, year);
      else q.levelPlannedIndicators.all(1, year);
      const where = "parentId" in scope ? "u.parent_id = ?" : "u.level = ?";
      const key = "parentId" in scope ? scope.parentId : scope.level;
      ("parentId" in scope ? q.childUnits : q.levelUnits).all(key);
      db.prepare(`select ${planCols} from plans p join units u on u.id = p.unit_id where ${where} and p.year = ? and p.indicator_id in (${inList(indicatorIds)})`).raw().all(key, year, ...indicatorIds);
      db.prepare(`select ${actualCols} from actuals a join units u on u.id = a.unit_id where ${where} and ${periodFilter} and a.indicator_id in (${inList(indicatorIds)})`).raw().all(key, ...periodArgs(year), ...indicatorIds);
    },
  };
}

async function main() {
  const started = Date.now();
  ensureDatabase();
  // BENCH_SKIP_HTTP=1: only the in-process timings, for quick iterations on queries.
  const skipHttp = process.env.BENCH_SKIP_HTTP === "1";
  if (!skipHttp) ensureBuild();
  const targets = pickTargets();
  const year = 2025;
  const urls = {
    bare: `${BASE}/bench/bare`,
    provinceDashboard: `${BASE}/units/${targets.provinceId}?year=${year}`,
    communeDashboard: `${BASE}/units/${targets.communeId}?year=${year}`,
    provinceCompare: `${BASE}/units/${targets.provinceId}/compare?year=${year}`,
    countryCompare: `${BASE}/compare?year=${year}`,
  };

  console.log(`Starting next start on ${DB_FILE} (port ${PORT})…`);
  const server = spawn(
    skipHttp ? "true" : "./node_modules/.bin/next",
    skipHttp ? [] : ["start", "-p", String(PORT), "-H", "localhost"], {
    env: {
      ...process.env,
      DATABASE_PATH: DB_FILE,
      DEMO_MODE: "false",
      // Not a demo, so sessions need a secret; this server lives only for the run.
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      ...NEXT_ENV,
      // The bare page that is the bench's baseline is served only when asked for.
      BENCH_ROUTES: "true",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const served: Record<string, Awaited<ReturnType<typeof load>> & { gzip: number; encoding: string; status: number }> = {};
  try {
    if (skipHttp) throw new Error("skip");
    await waitForServer(server);
    for (const [name, url] of Object.entries(urls)) {
      const size = await gzipSize(url);
      served[name] = { ...(await load(url, server.pid)), ...size };
      const cpu = served[name]!.cpuMsPerRequest;
      console.log(
        `  ${name}: ${served[name]!.rps.toFixed(1)} req/s, p50 ${served[name]!.p50} ms, p99 ${served[name]!.p99} ms, ${(size.gzip / 1024).toFixed(1)} KB ${size.encoding}` +
          (cpu === null ? "" : `, server CPU ${cpu.toFixed(1)} ms/request`),
      );
    }
    const firstViewUrls = targets.provinceCommuneIds.map((id) => `${BASE}/units/${id}?year=${year}`);
    served.firstViews = { ...(await firstViews(firstViewUrls, server.pid)), gzip: 0, encoding: "", status: 200 };
    const fv = served.firstViews;
    console.log(
      `  firstViews: ${firstViewUrls.length} commune dashboards, each once: ${fv.rps.toFixed(1)} req/s, p50 ${fv.p50} ms, p99 ${fv.p99} ms` +
        (fv.cpuMsPerRequest === null ? "" : `, server CPU ${fv.cpuMsPerRequest.toFixed(1)} ms/request`),
    );
    // The bare page again at the end: on a shared machine the baseline drifts, so the ratios use the mean of both.
    const bareAgain = await load(urls.bare, server.pid);
    console.log(`  bare (again): ${bareAgain.rps.toFixed(1)} req/s`);
    const firstBare = served.bare!;
    const cpuRuns = [firstBare.cpuMsPerRequest, bareAgain.cpuMsPerRequest];
    const bareCpu = cpuRuns.every((c) => c !== null) ? (cpuRuns[0]! + cpuRuns[1]!) / 2 : null;
    served.bare = { ...firstBare, rps: (firstBare.rps + bareAgain.rps) / 2, cpuMsPerRequest: bareCpu, bareRuns: [firstBare.rps, bareAgain.rps] } as typeof firstBare;
  } catch (e) {
    if (!skipHttp) throw e;
    for (const name of Object.keys(urls)) served[name] = { p50: 0, p99: 0, rps: 0, non2xx: 0, errors: 0, cpuMsPerRequest: null, gzip: 0, encoding: "", status: 200 };
  } finally {
    try {
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }

  // In-process timings of the same reads, server stopped so that nothing competes for the cores.
  process.env.DATABASE_PATH = DB_FILE;
  const { getIndicators, getComparisonData, getUnitsFigures, COMMUNE_LEVEL } = await import("../../db/queries/compare");
  const { getUnitReportData } = await import("../../db/queries/report");
  const { getChildUnits } = await import("../../db/queries/units");
  const { getDb } = await import("../../db/client");
  const { contextFor } = await import("../../server/views/context");
  const { childStatuses, judgeUnit } = await import("../../server/views/dashboard");
  const { comparisonView } = await import("../../server/views/comparison");
  const db = getDb();
  const raw = rawQueries(db.$client);
  // The views computed afresh every time, as on the first request after a write.
  const fresh = contextFor(db);

  await getIndicators(db);
  const { latestReportedPeriod } = await import("../../lib/report");
  const { encodeRows } = await import("../../lib/compare-wire");

  // What the dashboard page reads: the unit's own figures, its children, and their figures for the period if it has any.
  const emptyChildren = { units: [], figuresByUnit: new Map() };
  const dashboardData = async (unitId: number) => {
    const [unit, childUnits] = await Promise.all([getUnitReportData(db, { unitId, year }), getChildUnits(db, { unitId })]);
    return [unit, childUnits.length > 0 ? await getUnitsFigures(db, { scope: { parentId: unitId }, year, period: PERIOD }) : emptyChildren] as const;
  };
  // The dashboard's views (server/views): the unit judged and its children's statuses, each completed across the reform.
  const dashboardPage = async (unitId: number) => {
    await judgeUnit(fresh, { unitId, year, period: PERIOD, planChoice: "council" });
    if ((await getChildUnits(db, { unitId })).length > 0) await childStatuses(fresh, { unitId, year, period: PERIOD, planChoice: "council" });
  };
  // What the comparison pages read and compute (default columns, period picked from what is reported).
  const compareData = (scope: { parentId: number } | { level: number }, parentId: number | null) =>
    getComparisonData(db, { scope, parentId, year, pickPeriod: (reported) => latestReportedPeriod(reported, year) ?? "FY" });
  const comparePage = async (scope: { parentId: number } | { level: number }, parentId: number | null) => {
    const view = await comparisonView(fresh, { scope, parentId, year });
    encodeRows(view.rows, view.columns.map((c) => c.code), "percent");
  };
  const provinceColumns = (await compareData({ parentId: targets.provinceId }, targets.provinceId)).indicators.map((i) => i.id);
  const countryColumns = (await compareData({ level: COMMUNE_LEVEL }, null)).indicators.map((i) => i.id);

  const views = [
    { name: "provinceDashboard", label: `Province dashboard (${targets.provinceName})`, raw: () => raw.dashboard(targets.provinceId, year), data: () => dashboardData(targets.provinceId), page: () => dashboardPage(targets.provinceId) },
    { name: "communeDashboard", label: `Commune dashboard (${targets.communeName})`, raw: () => raw.dashboard(targets.communeId, year), data: () => dashboardData(targets.communeId), page: () => dashboardPage(targets.communeId) },
    {
      name: "provinceCompare",
      label: `Compare the communes of ${targets.provinceName}`,
      raw: () => raw.compare({ parentId: targets.provinceId }, targets.provinceId, year, provinceColumns),
      data: () => compareData({ parentId: targets.provinceId }, targets.provinceId),
      page: () => comparePage({ parentId: targets.provinceId }, targets.provinceId),
    },
    {
      name: "countryCompare",
      label: `Compare all ${targets.communes} communes of the country`,
      raw: () => raw.compare({ level: COMMUNE_LEVEL }, null, year, countryColumns),
      data: () => compareData({ level: COMMUNE_LEVEL }, null),
      page: () => comparePage({ level: COMMUNE_LEVEL }, null),
    },
  ];

  const rows = [];
  for (const v of views) {
    // Interleaved rounds, so that a busy moment of the (shared) machine weighs on all three alike.
    const [rawMs = 0, dataMs = 0, pageMs = 0] = await timeInterleaved([v.raw, v.data, v.page]);
    const h = served[v.name]!;
    const bareCpu = served.bare!.cpuMsPerRequest;
    // The bare page's CPU per request over the view's: the throughput share one core would give, free of the machine's other load.
    const cpuShare = h.cpuMsPerRequest && bareCpu ? bareCpu / h.cpuMsPerRequest : null;
    rows.push({ view: v.label, ...h, rawMs, dataMs, pageMs, dataRatio: dataMs / rawMs, throughputShare: served.bare!.rps > 0 ? h.rps / served.bare!.rps : null, cpuShare });
  }

  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log(`\nNational dataset ${DB_FILE} (${(fs.statSync(DB_FILE).size / 1024 / 1024).toFixed(0)} MB); ${CONNECTIONS} connections × ${DURATION} s per URL; medians of at least ${TIMING_RUNS} interleaved in-process runs`);
  const bareRuns = (served.bare as { bareRuns?: number[] }).bareRuns ?? [];
  const bareCpu = served.bare!.cpuMsPerRequest;
  console.log(
    `Bare page: ${fmt(served.bare!.rps)} req/s (mean of ${bareRuns.map((r) => fmt(r)).join(" and ")}), p50 ${served.bare!.p50} ms, p99 ${served.bare!.p99} ms` +
      (bareCpu === null ? "" : `, server CPU ${fmt(bareCpu)} ms/request`) +
      "\n",
  );
  console.log("| view | req/s | p50 ms | p99 ms | gzip KB | server CPU ms/req | raw SQL ms | data layer ms | data + domain ms | data / raw | req/s / bare | bare CPU / view CPU |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.view} | ${fmt(r.rps)} | ${r.p50} | ${r.p99} | ${fmt(r.gzip / 1024)} | ${r.cpuMsPerRequest === null ? "—" : fmt(r.cpuMsPerRequest)} | ${fmt(r.rawMs, 2)} | ${fmt(r.dataMs, 2)} | ${fmt(r.pageMs, 2)} | ${fmt(r.dataRatio, 2)} | ${r.throughputShare === null ? "—" : `${fmt(r.throughputShare * 100, 0)}%`} | ${r.cpuShare === null ? "—" : `${fmt(r.cpuShare * 100, 0)}%`} |`,
    );
  }
  const fv = served.firstViews;
  if (fv && fv.rps > 0) {
    const fvCpu = fv.cpuMsPerRequest && bareCpu ? `${fmt((bareCpu / fv.cpuMsPerRequest) * 100, 0)}%` : "—";
    console.log(
      `| First view of ${targets.provinceCommuneIds.length} commune dashboards (not yet kept) | ${fmt(fv.rps)} | ${fv.p50} | ${fv.p99} | — | ${fv.cpuMsPerRequest === null ? "—" : fmt(fv.cpuMsPerRequest)} | — | — | — | — | ${fmt((fv.rps / served.bare!.rps) * 100, 0)}% | ${fvCpu} |`,
    );
    if (fv.non2xx > 0) rows.push({ view: "First views", ...fv, gzip: 0, encoding: "", status: 500, rawMs: 0, dataMs: 0, pageMs: 0, dataRatio: 0, throughputShare: null, cpuShare: null });
  }
  const failures = rows.filter((r) => r.non2xx > 0 || r.errors > 0 || r.status !== 200);
  if (failures.length > 0) {
    console.log(`\nFAILED: non-2xx or errors in ${failures.map((f) => f.view).join(", ")}: the figures above measure error pages`);
    process.exitCode = 1;
  }
  fs.mkdirSync("bench-results", { recursive: true });
  fs.writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), bare: served.bare, firstViews: served.firstViews, rows }, null, 2));
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s; bench-results/latest.json written.`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
