import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the address a sign-in comes from", () => {
  it("is the connection's own when no proxy is trusted, whatever X-Forwarded-For says", () => {
    for (const forwardedFor of [undefined, "", "1.2.3.4", "1.2.3.4, 5.6.7.8", "garbage"]) {
      expect(clientAddress({ socketAddress: "203.0.113.9", forwardedFor, trustedProxies: 0 })).toBe("203.0.113.9");
    }
    expect(clientAddress({ socketAddress: undefined, forwardedFor: "1.2.3.4", trustedProxies: 0 })).toBe("unknown");
  });

  it("is the entry the trusted proxy appended, not the ones the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the reverse proxy appended the address it saw.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7", trustedProxies: 1 })).toBe("198.51.100.7");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.5", trustedProxies: 2 })).toBe("198.51.100.7");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.7", trustedProxies: 1 })).toBe("198.51.100.7");
  });

  it("falls back to the connection when the header has fewer entries than trusted proxies", () => {
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.7", trustedProxies: 2 })).toBe("10.0.0.2");
  });
});
