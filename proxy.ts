import { NextResponse, type NextRequest } from "next/server";
import { getDataVersion } from "@/db/view-cache";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { dashboardViewSegment } from "@/lib/view-params";

// Every page is served under the visitor's language (app/[locale]), so that pages read no cookie for
// it; the URL in the browser stays without it. A unit's dashboard is served with the data version and
// its view in the path, so that it is rendered once and kept until the figures change.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const RESTRICTED = [/^\/units\/[^/]+\/(entry|entry\/upload|plans)$/, /^\/audit(\/.*)?$/, /^\/admin(\/.*)?$/];
const DASHBOARD = /^\/units\/([^/]+)$/;
const KEPT_DASHBOARD = /^\/units\/[^/]+\/view(\/.*)?$/;

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // Only a convenience: every page and action checks the session and the unit scope itself.
  if (RESTRICTED.some((path) => path.test(pathname)) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const dashboard = DASHBOARD.exec(pathname);
  // On request.url's origin, which Next compares with its own to tell a rewrite from a request to another server.
  const target = dashboard
    ? `/${locale}/units/${dashboard[1]}/view/${getDataVersion()}/${dashboardViewSegment(Object.fromEntries(searchParams))}`
    : KEPT_DASHBOARD.test(pathname)
      ? `/${locale}/not-found` // the kept dashboards are reached through their public address only
      : `/${locale}${pathname === "/" ? "" : pathname}${request.nextUrl.search}`;
  const response = NextResponse.rewrite(new URL(target, request.url));
  // A kept page is marked cacheable for a year; its public address is not, since the data behind it changes.
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

export const config = {
  // Pages only: not next-auth's endpoints, Next's own files, or files in public/ (their names have a dot).
  matcher: ["/((?!api/|_next/|.*\\.).*)"],
};
