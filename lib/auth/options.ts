import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getUserForSignIn } from "@/db/queries/users";
import { claimSignInAttempt, settleSuccessfulSignIn } from "@/db/mutations/users";
import { authSecret, secureCookies } from "@/lib/env";
import { verifyPassword } from "./password";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USERNAME } from "./rate-limit";

/** Error code next-auth passes back to the sign-in form when a key is locked. */
export const RATE_LIMITED = "rate_limited";

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

let options: AuthOptions | undefined;

/** next-auth configuration: username and password, JWT sessions in an http-only cookie. */
export function authOptions(): AuthOptions {
  options ??= {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const { username, password } = parsed.data;
          const userKey = `user:${username}`;
          const addressKey = `addr:${clientAddress(req?.headers)}`;
          const now = Date.now();
          const claimed = await claimSignInAttempt({
            now,
            keys: [
              { key: userKey, max: MAX_FAILURES_PER_USERNAME },
              { key: addressKey, max: MAX_FAILURES_PER_ADDRESS },
            ],
          });
          if (!claimed) throw new Error(RATE_LIMITED);

          const user = await getUserForSignIn({ username });
          const valid = await verifyPassword(user?.passwordHash ?? null, password);
          if (!user || !valid || user.disabled) return null; // the claimed attempt stays counted as a failure
          await settleSuccessfulSignIn({ userKey, addressKey, now });
          return { id: String(user.id), name: user.displayName };
        },
      }),
    ],
    callbacks: {
      // The session carries only the user's id; role and scope are read from the database on every request.
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
  return options;
}
