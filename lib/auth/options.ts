import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getActiveUser, getUserForSignIn } from "@/db/queries/users";
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
      // The token carries only the user's id. The account is read from the database each time the
      // session is asked for (by a page, an action, or the header's menu), so that a changed role or a
      // disabled account counts at once.
      async session({ session, token }) {
        const userId = Number(token.sub);
        const account = Number.isSafeInteger(userId) && userId > 0 ? await getActiveUser({ userId }) : null;
        return { expires: session.expires, account };
      },
    },
  };
  return options;
}
