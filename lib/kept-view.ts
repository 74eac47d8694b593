import { createHmac, timingSafeEqual } from "node:crypto";
import { unitIdSchema } from "./report-params";
import { parseDashboardViewSegment, viewQuery, type ViewParams } from "./view-params";

// A kept dashboard's path names the data version it was rendered for. Only the proxy may name one,
// and only the current one: the segment is a signature of the version with the server's secret, so
// that no visitor can have a page rendered and kept for a version that does not exist yet (and so
// freeze the dashboard at today's figures), and the number itself shows nowhere (Next sends the
// rewritten path back in a response header).

const SEGMENT_LENGTH = 22; // 132 bits of base64url

/** The path segment that stands for a data version. */
export function keptVersionSegment(version: number, secret: string): string {
  return createHmac("sha256", secret).update(`kept-dashboard:${version}`).digest("base64url").slice(0, SEGMENT_LENGTH);
}

/** Does the segment stand for this data version? */
export function isKeptVersionSegment(segment: string, version: number, secret: string): boolean {
  const given = Buffer.from(segment);
  const expected = Buffer.from(keptVersionSegment(version, secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type KeptViewDecision = { render: ViewParams } | { redirectTo: string } | { notFound: true };

/**
 * What a kept dashboard's path gets. The proxy signed the data version it read; a save landing
 * before the page reads it again makes that version stale. The visitor is then sent back to the
 * dashboard's public address, which the proxy serves at the current version: nothing is rendered or
 * kept for any version but the current one, and nobody gets a "not found" for a page that exists.
 */
export function keptViewDecision({
  unitId,
  versionSegment,
  viewSegment,
  currentVersion,
  secret,
}: {
  unitId: string;
  versionSegment: string;
  viewSegment: string;
  currentVersion: number;
  secret: string;
}): KeptViewDecision {
  const view = parseDashboardViewSegment(viewSegment);
  const unit = unitIdSchema.safeParse(unitId);
  if (!view || !unit.success) return { notFound: true };
  if (isKeptVersionSegment(versionSegment, currentVersion, secret)) return { render: view };
  return { redirectTo: `/units/${unit.data}${viewQuery(view)}` };
}

const KEPT_VIEW = /\/units\/[^/]*\/view(\/|$)/;

/**
 * Does this request path, however it is spelled (percent-encoded, any case, doubled or backward
 * slashes, dot segments, a language prefix), name a kept dashboard? Those are reached only through
 * the proxy's own rewrite, never from outside. A path that cannot be decoded counts as one.
 */
export function namesKeptView(pathname: string): boolean {
  let path = pathname;
  for (let i = 0; i < 5; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return true;
    }
    if (decoded === path) break;
    path = decoded;
  }
  const parts: string[] = [];
  for (const part of path.toLowerCase().replace(/\\/g, "/").split("/")) {
    const name = part.trim();
    if (name === "" || name === ".") continue;
    if (name === "..") parts.pop();
    else parts.push(name);
  }
  return KEPT_VIEW.test(`/${parts.join("/")}`);
}
