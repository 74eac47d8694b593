import { z } from "zod";

// Server configuration, checked once at start so that a bad value fails loudly and early.
const schema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/chitieu.db"),
  /** Demo mode seeds an empty database with the demo localities and figures. */
  DEMO_MODE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type ServerEnv = z.infer<typeof schema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= schema.parse(process.env);
  return cached;
}
