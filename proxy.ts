import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { unitExists } from "@/db/queries/units";
import { getDb } from "@/db/client";
import { getDataVersion } from "@/db/view-cache";
import { contentSecurityPolicy } from "@/lib/content-security-policy";
import { authSecret } from "@/lib/env";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locale";
import { keptVersionSegment, namesKeptView } from "@/lib/kept-view";
import { unitIdSchema } from "@/lib/report-params";
import { dashboardViewSegment } from "@/lib/view-params";

// Every page is served under the visitor's language (app/[locale]), so that pages read no cookie for
// it; the URL in the browser stays without it. A unit's dashboard is served with the signed data
// version and its view in the path, so that it is rendered once and kept until the figures change.

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const RESTRICTED = [/^\/units\/[^/]+\/(entry|entry\/upload|plans)$/, /^\/audit(\/.*)?$/, /^\/admin(\/.*)?$/];
const DASHBOARD = /^\/units\/([^/]+)$/;
const UNIT_ROUTE = /^\/units\/([^/]*)(\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const notFound = () => rewrite(request, `/${locale}/not-found`, { kept: false });

  // A path that is not valid percent-encoding ("/units/4/%zz") names nothing; Next would fail decoding it with a 500.
  if (!decodable(pathname)) return new NextResponse(null, { status: 400 });
  // Kept dashboards are reached through their public address only, however their path is spelled.
  if (namesKeptView(pathname)) return notFound();
  // One address per unit: a unit id in any other spelling ("004", "0x4", "1e1") names no unit.
  const unitRoute = UNIT_ROUTE.exec(pathname);
  if (unitRoute && !unitIdSchema.safeParse(unitRoute[1]).success) return notFound();

  // Only a convenience: every page and action checks the session and the unit scope itself.
  if (RESTRICTED.some((path) => path.test(pathname)) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }

  const dashboard = DASHBOARD.exec(pathname);
  const unitId = dashboard ? Number(dashboard[1]) : null;
  // A unit that does not exist is not rendered and kept, so that guessing ids costs the server nothing.
  if (unitId !== null && !unitExists(getDb(), { unitId })) return notFound();
  const target =
    unitId !== null
      ? `/${locale}/units/${unitId}/view/${keptVersionSegment(getDataVersion(getDb()), authSecret())}/${dashboardViewSegment(Object.fromEntries(searchParams))}`
      : `/${locale}${pathname === "/" ? "" : pathname}${request.nextUrl.search}`;
  const response = rewrite(request, target, { kept: unitId !== null });
  // A kept page is marked cacheable for a year; its public address is not, since the data behind it changes.
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Serves `target` for the request, with its Content-Security-Policy: a nonce for pages rendered now, none for a kept page. */
function rewrite(request: NextRequest, target: string, { kept }: { kept: boolean }): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: kept ? null : randomBytes(16).toString("base64"),
    development: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy); // Next reads the nonce for its inline scripts from here
  // On request.url's origin, which Next compares with its own to tell a rewrite from a request to another server.
  const response = NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page, including paths with a dot (a kept dashboard's view segment has them): not next-auth's
  // endpoints, Next's own files, the files of public/ or the web app manifest, each named exactly.
  matcher: ["/((?!api/|_next/|(?:favicon\\.ico|icon\\.svg|icon-\\d+\\.png|apple-touch-icon\\.png|robots\\.txt|manifest\\.webmanifest)$).*)"],
};
