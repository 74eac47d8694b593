// The proxy sees every page, dotted paths included (a kept dashboard's address has dots), but not
// the files of public/ or the manifest: those are served as they are, in no language.
import fs from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const sees = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the proxy's matcher", () => {
  it("leaves every file of public/ and the web app manifest alone", () => {
    const files = fs.readdirSync(path.join(process.cwd(), "public"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of [...files, "manifest.webmanifest"]) expect(sees(`/${file}`), file).toBe(false);
  });

  it("sees pages, dotted paths and lookalikes of those files", () => {
    for (const url of [
      "/",
      "/units/4",
      "/vi/units/4/view/abc/2025.H1._",
      "/units/4/view/x/_._._",
      "/robots.txt.bak",
      "/x/robots.txt",
      "/favicon.ico/../units/4",
      "/icon-.png",
      "/bench/bare",
    ]) {
      expect(sees(url), url).toBe(true);
    }
  });

  it("leaves next-auth's endpoints and Next's own files alone", () => {
    expect(sees("/api/auth/session")).toBe(false);
    expect(sees("/_next/static/chunks/main.js")).toBe(false);
  });
});
