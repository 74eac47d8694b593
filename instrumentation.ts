// Runs once when the server starts: note each request's connection address (for the sign-in
// back-off), migrate the database and, in demo mode, seed an empty one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recordSocketAddresses } = await import("./lib/auth/socket-address");
  recordSocketAddresses();
  const { getDb } = await import("./db/client");
  const { prepareDatabase } = await import("./db/migrate");
  const { serverEnv } = await import("./lib/env");
  const outcome = await prepareDatabase(getDb(), { demo: serverEnv().DEMO_MODE });
  if (outcome === "seeded") console.log("Chỉ tiêu: empty database filled with the demo data");
}
