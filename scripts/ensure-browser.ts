// npm test, first of all: make sure the end-to-end tests have a Chromium, installing one if it can,
// and say in one line which; without one, stop at once with the command to run.
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { chooseBrowser, machineFacts, type Install } from "./browser";

function install(what: Install): boolean {
  const run = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, timeout: 600_000 }).status === 0;
  if (what === "playwright") return run("./node_modules/.bin/playwright", ["install", "chromium"]);
  return run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]);
}

const tried: Install[] = [];
for (;;) {
  const step = chooseBrowser(machineFacts(chromium.executablePath(), (["playwright", "apt"] as const).filter((i) => !tried.includes(i))));
  if (step.kind === "use") {
    console.log(step.line);
    break;
  }
  if (step.kind === "give-up") {
    console.error(step.message);
    process.exit(1);
  }
  console.log(`No Chromium found for the end-to-end tests; trying \`${step.command}\`…`);
  tried.push(step.install);
  if (!install(step.install)) console.log(`\`${step.command}\` did not succeed.`);
}
