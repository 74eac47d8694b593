import { defineConfig } from "drizzle-kit";
import "./db/load-env";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_PATH ?? "data/chitieu.db" },
  strict: true,
  verbose: true,
});
