"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";

/** Remembers the chosen interface language for a year, then shows the same page again in it. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  // Pages are served under their language, so the page is asked for anew rather than drawn again as it was.
  const referer = (await headers()).get("referer");
  const back = referer && URL.canParse(referer) ? new URL(referer) : null;
  redirect(safeCallbackPath(back ? back.pathname + back.search : undefined));
}
