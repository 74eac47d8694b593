import type { SessionUser } from "@/db/queries/users";

declare module "next-auth" {
  /** What the session callback returns: the account as the database knows it now, or null once disabled. */
  interface Session {
    expires: string;
    account: SessionUser | null;
  }
}
