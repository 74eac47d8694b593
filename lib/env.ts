import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// An empty variable (NEXTAUTH_SECRET= in a .env file) counts as unset.
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);

// Server configuration, checked once at start so that a bad value fails loudly and early.
const schema = z
  .object({
    DATABASE_PATH: z.string().min(1).default("data/chitieu.db"),
    /** Demo mode seeds an empty database with the demo localities, figures and accounts. */
    DEMO_MODE: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    /** Signs the session cookies. Required outside demo mode; demo mode keeps a generated one in data/. */
    NEXTAUTH_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional()),
    /** Public address of the app; an https:// address makes the session cookie Secure. */
    NEXTAUTH_URL: z.preprocess(unsetIfEmpty, z.url().optional()),
    /**
     * How many reverse proxies in front of the app append the client's address to X-Forwarded-For.
     * 0 (the default): the header is the client's own word, and the connection's address counts.
     */
    TRUSTED_PROXY: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .regex(/^[0-9]$/, "TRUSTED_PROXY must be the number of reverse proxies in front of the app (0 to 9)")
        .default("0")
        .transform(Number),
    ),
  })
  .refine((env) => env.DEMO_MODE || env.NEXTAUTH_SECRET !== undefined, {
    message: "NEXTAUTH_SECRET is required when DEMO_MODE is not true (generate one with: openssl rand -base64 32)",
    path: ["NEXTAUTH_SECRET"],
  });

export type ServerEnv = z.infer<typeof schema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= schema.parse(process.env);
  return cached;
}

let cachedSecret: string | undefined;

/**
 * The secret that signs sessions: NEXTAUTH_SECRET, or in demo mode a random one generated on first
 * start and kept beside the database, so that `npm start` needs no configuration and restarts keep sessions.
 */
export function authSecret(): string {
  if (cachedSecret) return cachedSecret;
  const env = serverEnv();
  if (env.NEXTAUTH_SECRET) return (cachedSecret = env.NEXTAUTH_SECRET);
  const file = path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ env.DATABASE_PATH)), "nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  return (cachedSecret = fs.readFileSync(file, "utf8").trim());
}

/** Session cookies carry the Secure flag whenever the app is served over https. */
export function secureCookies(): boolean {
  return serverEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}
