// The Content-Security-Policy of a page. Pages rendered for each request carry a fresh nonce, which
// Next puts on its own inline scripts (it reads it from this header on the request), so that no other
// inline script runs. A kept dashboard is one HTML document rendered once and served to every
// visitor: its inline scripts (the page's RSC payload) can carry no per-request nonce, so that page
// alone keeps 'unsafe-inline' for scripts. Styles keep 'unsafe-inline' everywhere (React and the
// charts set style attributes). Development adds eval and the HMR socket.

export function contentSecurityPolicy({ nonce, development }: { nonce: string | null; development: boolean }): string {
  const scripts = nonce === null ? "'unsafe-inline'" : `'nonce-${nonce}'`;
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}
