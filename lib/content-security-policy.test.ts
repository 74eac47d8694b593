import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

const scripts = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src"));

describe("the Content-Security-Policy of a page", () => {
  it("lets only this origin's scripts and those with the request's nonce run", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false });
    expect(scripts(policy)).toBe("script-src 'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("keeps inline scripts only for a kept page, which cannot carry a per-request nonce", () => {
    expect(scripts(contentSecurityPolicy({ nonce: null, development: false }))).toBe("script-src 'self' 'unsafe-inline'");
  });

  it("allows eval and the reload socket in development only", () => {
    const policy = contentSecurityPolicy({ nonce: "n", development: true });
    expect(scripts(policy)).toBe("script-src 'self' 'nonce-n' 'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
  });
});
