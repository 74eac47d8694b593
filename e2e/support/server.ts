// A production server of our own (the build the Playwright web server made) on its own port and
// database, in its own process group so that it can be killed with -9 without touching anything else.
import { spawn, type ChildProcess } from "node:child_process";

/** The end-to-end build's folder (Next's distDir), apart from the .next that `npm start` serves. */
export const E2E_DIST_DIR = ".next-e2e";

/** Serves the end-to-end build unless told another folder (".next" serves what `npm start` does). */
export function startServer({ port, env, distDir = E2E_DIST_DIR }: { port: number; env: Record<string, string>; distDir?: string }): ChildProcess {
  const server = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "localhost"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  // Keep stderr flowing (a full pipe would stall the server); callers may still listen to it.
  server.stderr?.resume();
  return server;
}

/** kill -9 of the server's process group; harmless when it has already gone. */
export function killServer(server: ChildProcess | null) {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

export async function waitUntilReady(baseURL: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${baseURL} did not start`);
}
