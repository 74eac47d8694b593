import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getActiveUser, getUserForSignIn } from "@/db/queries/users";
import { claimSignInAttempt, settleSuccessfulSignIn, signInKeys } from "@/db/mutations/sign-in";
import { endSessionsOnSignOut } from "@/db/mutations/users";
import { authSecret, secureCookies, serverEnv } from "@/lib/env";
import { safeRedirectUrl } from "./callback-url";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "./client-address";
import { verifyPassword } from "./password";
import { socketAddressFrom } from "./socket-address";

/** Error code next-auth passes back to the sign-in form when a key is locked. */
export const RATE_LIMITED = "rate_limited";

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

function requestAddress(headers: Record<string, unknown> | undefined): string {
  const forwardedFor = headers?.["x-forwarded-for"];
  return clientAddress({
    socketAddress: socketAddressFrom(headers?.[SOCKET_ADDRESS_HEADER]),
    forwardedFor: typeof forwardedFor === "string" ? forwardedFor : undefined,
    trustedProxies: serverEnv().TRUSTED_PROXY,
  });
}

/** The session generation a token was issued under, so that raising the account's ends the session. */
function tokenGeneration(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : null;
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
          const keys = signInKeys({ username, address: requestAddress(req?.headers) });
          const now = Date.now();
          const claimed = await claimSignInAttempt(getDb(), { keys, now });
          if (!claimed.ok) throw new Error(RATE_LIMITED);

          const user = await getUserForSignIn(getDb(), { username });
          const valid = await verifyPassword(user?.passwordHash ?? null, password);
          if (!user || !valid || user.disabled) return null; // the claimed attempt stays counted as a failure
          await settleSuccessfulSignIn(getDb(), { keys, now });
          return { id: String(user.id), name: user.displayName, generation: user.sessionGeneration };
        },
      }),
    ],
    callbacks: {
      // The token carries the user's id and the session generation it was issued under.
      jwt({ token, user }) {
        if (user) token.generation = (user as { generation?: number }).generation ?? 0;
        return token;
      },
      // The account is read from the database each time the session is asked for (by a page, an
      // action, or the header's menu), so that a changed role, a disabled account or a session ended
      // everywhere (a raised generation) counts at once.
      async session({ session, token }) {
        const userId = Number(token.sub);
        const active = Number.isSafeInteger(userId) && userId > 0 ? await getActiveUser(getDb(), { userId }) : null;
        if (!active || active.sessionGeneration !== tokenGeneration(token.generation)) return { expires: session.expires, account: null };
        const { sessionGeneration: _generation, ...account } = active;
        return { expires: session.expires, account };
      },
      // Only addresses on the app's own origin, however the callback was spelled.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      // Signing out ends every session of the account, including a copy of the cookie taken earlier;
      // a token whose session has already ended ends nothing.
      async signOut({ token }) {
        const userId = Number(token?.sub);
        if (Number.isSafeInteger(userId) && userId > 0) await endSessionsOnSignOut(getDb(), { userId, generation: tokenGeneration(token?.generation) });
      },
    },
  };
  return options;
}
