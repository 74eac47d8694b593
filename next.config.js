// @ts-check
// next.config.js is loaded as CommonJS (package.json sets no module type).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The policy of what proxy.ts does not serve (next-auth's endpoints, Next's own files). Pages get a
// stricter one from proxy.ts (lib/content-security-policy.ts): a nonce for inline scripts, except on
// the kept dashboards. Both headers apply, so a page's scripts must satisfy both.
const isDev = process.env.NODE_ENV === "development";
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Browsers heed it only over HTTPS, where it keeps them from ever falling back to plain HTTP.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The end-to-end tests, the bench and the audit build into folders of their own (NEXT_DIST_DIR), so
  // that none of them rebuilds the .next that a running `npm start` is serving from.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    // forbidden() in pages, so that a refusal answers 403 rather than 200 (app/[locale]/forbidden.tsx).
    authInterrupts: true,
    // Kept dashboards stay in memory only: a path names a data version, and after the database is
    // reset or restored a version number can come back with other figures behind it.
    isrFlushToDisk: false,
    // A kept page fetched by a link is reused in the browser for 30 s (the least Next allows), not 5 min.
    staleTimes: { static: 30 },
    // An uploaded template may be 2 MB (MAX_UPLOAD_BYTES in lib/spreadsheet/limits.ts); the body also
    // carries the form's other fields. Anything larger is refused by Next before the action runs.
    serverActions: { bodySizeLimit: "3mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
