import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // "server-only" throws outside a React Server environment; tests call queries directly.
    alias: { "server-only": fileURLToPath(new URL("./db/testing/empty-module.ts", import.meta.url)) },
  },
});
