import { NextResponse, type NextRequest } from "next/server";

// Sends visitors without a session cookie to the sign-in page before they open a restricted page.
// Only a convenience: every page and action checks the session and the unit scope itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/units/:unitId/entry", "/units/:unitId/entry/upload", "/units/:unitId/plans", "/audit/:path*", "/admin/:path*"],
};
