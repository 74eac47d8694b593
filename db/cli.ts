// Routine database steps for npm scripts: migrate, seed (an empty database), reset (delete and rebuild).
import "./load-env";
import fs from "node:fs";
import { databasePath, openDatabase } from "./client";
import { isEmpty, migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";

async function main(command: string | undefined) {
  const file = databasePath();
  if (command === "reset") {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  const db = openDatabase(file);
  migrateDatabase(db);
  if (command === "migrate") {
    console.log(`Migrated ${file}`);
    return;
  }
  if (command === "seed" || command === "reset") {
    if (!isEmpty(db)) {
      console.log(`${file} already holds data; use db:reset to start again.`);
      return;
    }
    await seedDemo(db);
    console.log(`Seeded ${file} with the demo data`);
    return;
  }
  console.error("Usage: tsx db/cli.ts migrate|seed|reset");
  process.exitCode = 2;
}

void main(process.argv[2]);
