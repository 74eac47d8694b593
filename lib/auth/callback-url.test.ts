import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-url";

// Spellings that browsers (or the WHATWG URL parser) read as another origin, or that break a Location header.
const HOSTILE = [
  "//evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example/steal",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "/\u0000/evil.example",
  "\t//evil.example",
  "https://evil.example/",
  "http:evil.example",
  "https:/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "@evil.example",
  "/\\/evil.example",
  "/%09/evil.example",
  "//%65vil.example",
  "///evil.example",
  "/\u3002/evil.example", // ideographic full stop
  "／／evil.example", // fullwidth solidus
  "",
  "/" + "a".repeat(5000),
];

describe("the page to return to after signing in", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallbackPath("/units/4/entry?period=Q1")).toBe("/units/4/entry?period=Q1");
    expect(safeCallbackPath("/audit#top")).toBe("/audit#top");
    expect(safeCallbackPath("/")).toBe("/");
    expect(safeCallbackPath(undefined, "/audit")).toBe("/audit");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
  });

  it.each(HOSTILE)("never leaves the site for %j", (value) => {
    const path = safeCallbackPath(value);
    // What a browser makes of the result, from a page of this site, is still this site.
    expect(new URL(path, "https://chitieu.example").origin).toBe("https://chitieu.example");
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
  });

  it("returns only characters a Location header may carry", () => {
    for (const value of ["/units/Hà Nội", "/a\nb", "/a\rb", "/ä?x=ö#ü", "/\u202e"]) {
      expect(safeCallbackPath(value)).toMatch(/^[\x21-\x7e]+$/);
    }
    expect(safeCallbackPath("/units/Hà Nội")).toBe("/units/H%C3%A0%20N%E1%BB%99i");
  });
});

describe("next-auth's redirect after signing in or out", () => {
  const base = "https://chitieu.example";
  it("keeps addresses on the app's origin", () => {
    expect(safeRedirectUrl("/units/4", base)).toBe("https://chitieu.example/units/4");
    expect(safeRedirectUrl("https://chitieu.example/audit?x=1", base)).toBe("https://chitieu.example/audit?x=1");
  });

  it.each([...HOSTILE, "https://chitieu.example.evil.example/", "https://chitieu.example@evil.example/", "http://chitieu.example/", "https://user:pw@chitieu.example/"])(
    "sends %j home",
    (value) => {
      const url = safeRedirectUrl(value, base);
      expect(new URL(url).origin).toBe(base);
    },
  );
});
