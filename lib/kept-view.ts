import { createHmac, timingSafeEqual } from "node:crypto";

// A kept dashboard's path names the data version it was rendered for. Only the proxy may name one:
// the version travels signed with the server's secret, so that no visitor can have a page rendered
// and kept for a version that does not exist yet (and so freeze the dashboard at today's figures).

const VERSION = /^(0|[1-9][0-9]{0,15})$/;
const MAC_LENGTH = 22; // 132 bits of base64url

function mac(version: string, secret: string): string {
  return createHmac("sha256", secret).update(`kept-dashboard:${version}`).digest("base64url").slice(0, MAC_LENGTH);
}

/** The path segment naming a data version: "<version>-<signature>". */
export function keptVersionSegment(version: number, secret: string): string {
  const v = String(version);
  return `${v}-${mac(v, secret)}`;
}

/** The data version a segment written by keptVersionSegment names; null for anything else. */
export function keptVersionFromSegment(segment: string, secret: string): number | null {
  const dash = segment.indexOf("-");
  if (dash < 0) return null;
  const version = segment.slice(0, dash);
  if (!VERSION.test(version)) return null;
  const given = Buffer.from(segment.slice(dash + 1));
  const expected = Buffer.from(mac(version, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? Number(version) : null;
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
