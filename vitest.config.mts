import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Integration tests write thousands of rows to real SQLite files: seconds each, and several times
    // that on a busy 2-core machine, where the defaults (5 s, 10 s for hooks) fail them.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // "server-only" throws outside a React Server environment; tests call queries directly.
    alias: { "server-only": fileURLToPath(new URL("./db/testing/empty-module.ts", import.meta.url)) },
  },
});
