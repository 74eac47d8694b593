// Where to go after signing in, or after switching language: only a page of this site. The value is
// resolved as a browser would resolve it (which drops tabs and line breaks and reads "\" as "/", so
// that "/\t/evil.example" is "//evil.example", another site) and kept only when it stays on our origin.
// What comes back is the resolved path, percent-encoded, so that it is also safe in a Location header.

const OWN_ORIGIN = "http://app.invalid";

/** A path on this site ("/units/4/entry?period=Q1"), or the fallback for anything else. */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;
  const path = sameOriginPath(value, OWN_ORIGIN);
  // Resolved once more, so that what is returned cannot be read as another origin either.
  return path !== null && sameOriginPath(path, OWN_ORIGIN) === path ? path : fallback;
}

/** next-auth's redirect after signing in or out: `url` if it is on `baseUrl`'s origin, else `baseUrl`. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const path = /^[a-z][a-z0-9+.-]*:/i.test(url)
    ? sameOriginPath(url, baseUrl)
    : safeCallbackPath(url, "") || null;
  return path === null ? baseUrl : new URL(path, baseUrl).toString();
}

function sameOriginPath(value: string, origin: string): string | null {
  if (!URL.canParse(value, origin) || !URL.canParse(origin)) return null;
  const url = new URL(value, origin);
  if (url.origin !== new URL(origin).origin || url.username || url.password) return null;
  return url.pathname + url.search + url.hash;
}
