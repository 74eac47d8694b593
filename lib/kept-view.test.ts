import { describe, expect, it } from "vitest";
import { keptVersionFromSegment, keptVersionSegment, namesKeptView } from "./kept-view";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("the signed data version in a kept dashboard's path", () => {
  it("reads back the version it was written for", () => {
    for (const version of [0, 1, 42, 123456789]) {
      expect(keptVersionFromSegment(keptVersionSegment(version, SECRET), SECRET)).toBe(version);
    }
  });

  it("refuses a version that was not signed with this server's secret", () => {
    const genuine = keptVersionSegment(41, SECRET);
    const [, signature] = genuine.split("-");
    expect(keptVersionFromSegment(`42-${signature}`, SECRET)).toBeNull(); // the next version, with the current signature
    expect(keptVersionFromSegment(keptVersionSegment(42, "another-secret-of-thirty-two-characters"), SECRET)).toBeNull();
    expect(keptVersionFromSegment("42", SECRET)).toBeNull();
    expect(keptVersionFromSegment("abc", SECRET)).toBeNull();
    expect(keptVersionFromSegment("", SECRET)).toBeNull();
  });

  it("refuses other spellings of a genuine version", () => {
    const [, signature] = keptVersionSegment(7, SECRET).split("-");
    for (const version of ["07", "+7", "7.0", " 7", "0x7", "7e0"]) {
      expect(keptVersionFromSegment(`${version}-${signature}`, SECRET)).toBeNull();
    }
    expect(keptVersionFromSegment(`7-${signature}x`, SECRET)).toBeNull();
    expect(keptVersionFromSegment(`7-${signature!.slice(1)}`, SECRET)).toBeNull();
  });
});

describe("paths that name a kept dashboard", () => {
  it.each([
    "/units/4/view/1/_._._",
    "/units/4/view",
    "/units/4/view/",
    "/vi/units/4/view/abc/_._._",
    "/en/units/4/view/9/2024.H1._",
    "/units/4/VIEW/1/_._._",
    "/units/4/%76iew/1/_._._",
    "/units/4/view%2F1%2F_._._",
    "/units/4/view%252F1",
    "//units//4//view//1",
    "/units/4/./view/1",
    "/units/4/x/../view/1",
    "/units\\4\\view\\1",
    "/vi/%2e/units/4/view/1",
    "/units/4%2fview/1",
    "/units/%zz/view",
  ])("%s", (path) => {
    expect(namesKeptView(path)).toBe(true);
  });

  it.each(["/units/4", "/units/4/report", "/units/4/charts/GTSX", "/", "/compare", "/units/4/preview", "/units/4/viewer"])("not %s", (path) => {
    expect(namesKeptView(path)).toBe(false);
  });
});
