import { chromium, defineConfig, devices } from "@playwright/test";
import { E2E_DIST_DIR } from "./e2e/support/server";
import { chooseBrowser, machineFacts } from "./scripts/browser";

// The browser `npm test` found or installed first (scripts/ensure-browser.ts): CHROMIUM_PATH, else a
// system Chromium, else Playwright's own. Without one, Playwright's own error says what is missing.
const browserStep = chooseBrowser(machineFacts(chromium.executablePath(), []));
const chromiumPath = browserStep.kind === "use" ? browserStep.executablePath : undefined;
const port = Number(process.env.E2E_PORT ?? 3200);
const databasePath = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";

const READ_ONLY_JOURNEYS = /(find-unit-and-read-report|check-progress-dashboard|read-ward-progress-chart|compare-wards|print-and-download-report|look-at-an-earlier-map)\.spec\.ts$/;
// Rebuilds the end-to-end build beside a server of its own, so it runs after every test that needs it.
const BUILD_BESIDE_NPM_START = /build-beside-npm-start\.spec\.ts$/;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  },
  // One database serves the whole run: journeys that only read run first, against the untouched
  // seed, so that what the writing journeys save cannot change what the reading ones expect.
  projects: [
    { name: "read", testMatch: READ_ONLY_JOURNEYS, use: browser },
    { name: "write", testIgnore: [READ_ONLY_JOURNEYS, BUILD_BESIDE_NPM_START], dependencies: ["read"], use: browser },
    { name: "build", testMatch: BUILD_BESIDE_NPM_START, dependencies: ["write"], use: browser },
  ],
  webServer: {
    // A throwaway database, migrated and seeded afresh, behind a production build of the current code
    // in a folder of its own, so that a running `npm start` keeps serving its .next undisturbed.
    command: `npx tsx db/cli.ts reset && ./node_modules/.bin/next build && ./node_modules/.bin/next start -p ${port} -H localhost`,
    url: `http://localhost:${port}/`,
    // next build takes seconds on an idle 2-core machine and minutes on a busy one.
    timeout: 900_000,
    reuseExistingServer: false,
    env: { DATABASE_PATH: databasePath, DEMO_MODE: "true", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: E2E_DIST_DIR },
    stdout: "pipe",
  },
});
