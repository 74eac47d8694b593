import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseBrowser, type BrowserFacts, type Install } from "./browser";

const PLAYWRIGHT = "/home/someone/.cache/ms-playwright/chromium-1234/chrome-linux/chrome";

function facts(over: Partial<BrowserFacts> & { present?: string[] } = {}): BrowserFacts {
  const present = new Set(over.present ?? []);
  return {
    chromiumPath: undefined,
    isExecutable: (p) => present.has(p),
    playwrightExecutable: PLAYWRIGHT,
    isRoot: false,
    hasApt: false,
    installsLeft: ["playwright", "apt"] as Install[],
    ...over,
  };
}

describe("chooseBrowser", () => {
  it("uses CHROMIUM_PATH before a system or Playwright browser", () => {
    const step = chooseBrowser(facts({ chromiumPath: "/opt/chrome/chrome", present: ["/opt/chrome/chrome", "/usr/bin/chromium", PLAYWRIGHT] }));
    expect(step).toEqual({ kind: "use", executablePath: "/opt/chrome/chrome", line: "End-to-end tests: Chromium at /opt/chrome/chrome (CHROMIUM_PATH)" });
  });

  it("stops at once when CHROMIUM_PATH names no executable, instead of quietly using another browser", () => {
    const step = chooseBrowser(facts({ chromiumPath: "/opt/chrome/missing", present: ["/usr/bin/chromium"] }));
    expect(step.kind).toBe("give-up");
    expect(step.kind === "give-up" && step.message).toContain('CHROMIUM_PATH is "/opt/chrome/missing"');
  });

  it("takes the first system Chromium or Chrome it finds", () => {
    expect(chooseBrowser(facts({ present: ["/usr/bin/chromium", "/usr/bin/google-chrome"] }))).toMatchObject({ kind: "use", executablePath: "/usr/bin/chromium" });
    expect(chooseBrowser(facts({ present: ["/usr/bin/google-chrome", PLAYWRIGHT] }))).toMatchObject({ kind: "use", executablePath: "/usr/bin/google-chrome" });
  });

  it("uses Playwright's own browser (Playwright's default path) when it is installed and no system one is", () => {
    const step = chooseBrowser(facts({ present: [PLAYWRIGHT] }));
    expect(step).toEqual({ kind: "use", executablePath: undefined, line: `End-to-end tests: Playwright's own Chromium at ${PLAYWRIGHT}` });
  });

  it("with CHROMIUM_PATH empty, uses Playwright's own even when a system Chromium is there", () => {
    expect(chooseBrowser(facts({ chromiumPath: "", present: ["/usr/bin/chromium", PLAYWRIGHT] }))).toMatchObject({ kind: "use", executablePath: undefined });
  });

  it("with nothing installed, tries Playwright's download first, then Debian's package as root, then gives up naming the commands", () => {
    const root = { isRoot: true, hasApt: true };
    expect(chooseBrowser(facts(root))).toEqual({ kind: "install", install: "playwright", command: "npx playwright install chromium" });
    expect(chooseBrowser(facts({ ...root, installsLeft: ["apt"] }))).toEqual({ kind: "install", install: "apt", command: "apt-get install -y chromium" });
    const last = chooseBrowser(facts({ ...root, installsLeft: [] }));
    expect(last.kind).toBe("give-up");
    expect(last.kind === "give-up" && last.message).toMatch(/sudo apt-get install chromium.*npx playwright install chromium.*CHROMIUM_PATH/);
  });

  it("asks apt only as root on a machine that has it", () => {
    expect(chooseBrowser(facts({ isRoot: false, hasApt: true, installsLeft: ["apt"] })).kind).toBe("give-up");
    expect(chooseBrowser(facts({ isRoot: true, hasApt: false, installsLeft: ["apt"] })).kind).toBe("give-up");
  });

  it("with CHROMIUM_PATH empty, never installs Debian's package and says how to get Playwright's own", () => {
    const step = chooseBrowser(facts({ chromiumPath: "", isRoot: true, hasApt: true, installsLeft: ["apt"] }));
    expect(step.kind).toBe("give-up");
    expect(step.kind === "give-up" && step.message).toContain("npx playwright install chromium");
  });

  it("finds a browser that appears after an install (the loop npm test runs)", () => {
    const present: string[] = [];
    const machine = (left: Install[]) => facts({ isRoot: true, hasApt: true, installsLeft: left, isExecutable: (p) => present.includes(p) });
    expect(chooseBrowser(machine(["apt"]))).toMatchObject({ kind: "install", install: "apt" });
    present.push("/usr/bin/chromium"); // what apt-get install chromium leaves
    expect(chooseBrowser(machine([]))).toMatchObject({ kind: "use", executablePath: "/usr/bin/chromium" });
  });
});

// Real processes (tsx loading Playwright): seconds each on a busy machine.
describe("npm test's browser step (scripts/ensure-browser.ts)", { timeout: 60_000 }, () => {
  const run = (env: Record<string, string>) =>
    spawnSync("./node_modules/.bin/tsx", ["scripts/ensure-browser.ts"], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 60_000 });

  it("says in one line which browser it uses", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "browser-"));
    const fake = path.join(dir, "chrome");
    fs.writeFileSync(fake, "#!/bin/sh\n", { mode: 0o755 });
    const r = run({ CHROMIUM_PATH: fake });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`End-to-end tests: Chromium at ${fake} (CHROMIUM_PATH)\n`);
  });

  it("stops with one message and a failing status when the configured browser is missing", () => {
    const r = run({ CHROMIUM_PATH: path.join(os.tmpdir(), "no-such-chrome") });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("not an executable file");
  });

  it("is what npm test runs first", () => {
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test!.startsWith("tsx scripts/ensure-browser.ts && ")).toBe(true);
  });

  it("is all CI needs: .ci/run only installs and runs the README's test command", () => {
    const commands = fs
      .readFileSync(".ci/run", "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#") && !/^(set |cd )/.test(l));
    expect(commands).toEqual(["npm install --no-audit --no-fund", "npm test"]);
    expect(fs.readFileSync("README.md", "utf8")).toContain("npm test ");
  });
});
