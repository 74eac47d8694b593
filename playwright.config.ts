import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium by default (Playwright cannot download its own browser everywhere);
// set CHROMIUM_PATH to another binary, or to "" to use Playwright's own (`npx playwright install chromium`).
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
const port = Number(process.env.E2E_PORT ?? 3200);
const databasePath = process.env.E2E_DATABASE_PATH ?? "data/e2e.db";

const READ_ONLY_JOURNEYS = /(find-unit-and-read-report|check-progress-dashboard|read-ward-progress-chart|compare-wards|print-and-download-report)\.spec\.ts$/;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath || undefined,
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
    { name: "write", testIgnore: READ_ONLY_JOURNEYS, dependencies: ["read"], use: browser },
  ],
  webServer: {
    // A throwaway database, migrated and seeded afresh, behind a production build of the current code.
    command: `npx tsx db/cli.ts reset && ./node_modules/.bin/next build && ./node_modules/.bin/next start -p ${port} -H localhost`,
    url: `http://localhost:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { DATABASE_PATH: databasePath, DEMO_MODE: "true", NEXT_TELEMETRY_DISABLED: "1" },
    stdout: "pipe",
  },
});
