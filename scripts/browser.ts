// Which Chromium the end-to-end tests drive. `npm test` asks `chooseBrowser` what to do until it
// says "use" or "give up", running each install it is told to (scripts/ensure-browser.ts);
// playwright.config.ts asks it with no installs allowed, and so finds the same browser.
import fs from "node:fs";

/** Where Debian, Ubuntu, Fedora and macOS put Chromium or Chrome, most likely first. */
export const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export type Install = "playwright" | "apt";

export const INSTALL_COMMANDS: Record<Install, string> = {
  playwright: "npx playwright install chromium",
  apt: "apt-get install -y chromium",
};

export interface BrowserFacts {
  /** CHROMIUM_PATH as set: a binary, "" for Playwright's own, undefined for the first one found. */
  chromiumPath: string | undefined;
  isExecutable: (path: string) => boolean;
  /** Where Playwright keeps its own Chromium once installed. */
  playwrightExecutable: string;
  isRoot: boolean;
  /** apt-get is there (Debian, Ubuntu). */
  hasApt: boolean;
  /** The installs that may still be tried: none for playwright.config.ts, each at most once for npm test. */
  installsLeft: readonly Install[];
}

export type BrowserStep =
  /** `executablePath` undefined: Playwright's own. */
  | { kind: "use"; executablePath: string | undefined; line: string }
  | { kind: "install"; install: Install; command: string }
  | { kind: "give-up"; message: string };

const NONE_FOUND =
  "No Chromium for the end-to-end tests. Install one with `sudo apt-get install chromium` (Debian, Ubuntu) " +
  "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary; then run `npm test` again.";

export function chooseBrowser(facts: BrowserFacts): BrowserStep {
  const { chromiumPath, isExecutable, playwrightExecutable, installsLeft } = facts;
  if (chromiumPath) {
    if (isExecutable(chromiumPath)) return { kind: "use", executablePath: chromiumPath, line: `End-to-end tests: Chromium at ${chromiumPath} (CHROMIUM_PATH)` };
    return {
      kind: "give-up",
      message: `CHROMIUM_PATH is ${JSON.stringify(chromiumPath)}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it to use the system's Chromium; then run \`npm test\` again.`,
    };
  }
  const playwrightOnly = chromiumPath === "";
  if (!playwrightOnly) {
    const system = SYSTEM_BROWSERS.find(isExecutable);
    if (system) return { kind: "use", executablePath: system, line: `End-to-end tests: Chromium at ${system} (found on this system)` };
  }
  if (isExecutable(playwrightExecutable)) return { kind: "use", executablePath: undefined, line: `End-to-end tests: Playwright's own Chromium at ${playwrightExecutable}` };
  if (installsLeft.includes("playwright")) return { kind: "install", install: "playwright", command: INSTALL_COMMANDS.playwright };
  if (playwrightOnly) {
    return {
      kind: "give-up",
      message:
        "CHROMIUM_PATH is empty, which asks for Playwright's own Chromium, and it is not installed. Run `npx playwright install chromium` " +
        "where it can download, or unset CHROMIUM_PATH to use the system's Chromium; then run `npm test` again.",
    };
  }
  if (facts.isRoot && facts.hasApt && installsLeft.includes("apt")) return { kind: "install", install: "apt", command: INSTALL_COMMANDS.apt };
  return { kind: "give-up", message: NONE_FOUND };
}

export function isExecutableFile(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.X_OK);
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
}

/** This machine's facts, with the given installs still allowed. */
export function machineFacts(playwrightExecutable: string, installsLeft: readonly Install[]): BrowserFacts {
  return {
    chromiumPath: process.env.CHROMIUM_PATH,
    isExecutable: isExecutableFile,
    playwrightExecutable,
    isRoot: process.getuid?.() === 0,
    hasApt: isExecutableFile("/usr/bin/apt-get"),
    installsLeft,
  };
}
