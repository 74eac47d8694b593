import { describe, expect, it } from "vitest";
import { isKeptVersionSegment, keptViewDecision, keptVersionSegment, namesKeptView } from "./kept-view";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

describe("the signed data version in a kept dashboard's path", () => {
  it("stands for the version it was written for, and for no other", () => {
    for (const version of [0, 1, 42, 123456789]) {
      const segment = keptVersionSegment(version, SECRET);
      expect(isKeptVersionSegment(segment, version, SECRET)).toBe(true);
      expect(isKeptVersionSegment(segment, version + 1, SECRET)).toBe(false);
    }
  });

  it("does not show the version's number", () => {
    expect(keptVersionSegment(458, SECRET)).not.toContain("458");
    expect(keptVersionSegment(458, SECRET)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("cannot be written without this server's secret", () => {
    const other = keptVersionSegment(42, "another-secret-of-thirty-two-characters");
    expect(isKeptVersionSegment(other, 42, SECRET)).toBe(false);
    for (const guess of ["42", "abc", "", `${keptVersionSegment(42, SECRET)}x`, keptVersionSegment(42, SECRET).slice(1), keptVersionSegment(42, SECRET).toUpperCase()]) {
      expect(isKeptVersionSegment(guess, 42, SECRET), guess).toBe(false);
    }
  });
});

describe("what a kept dashboard's path gets", () => {
  const decide = (versionSegment: string, viewSegment: string, unitId = "38") =>
    keptViewDecision({ unitId, versionSegment, viewSegment, currentVersion: 43, secret: SECRET });

  it("renders the view at the current data version", () => {
    expect(decide(keptVersionSegment(43, SECRET), "2025.H1._")).toEqual({ render: { year: 2025, period: "H1" } });
  });

  it("sends a visitor whose version went stale during the request back to the public address of the same view", () => {
    // A save landed between the proxy signing version 42 and the page reading 43.
    expect(decide(keptVersionSegment(42, SECRET), "2025.H1._")).toEqual({ redirectTo: "/units/38?year=2025&period=H1" });
    expect(decide(keptVersionSegment(42, SECRET), "_._._")).toEqual({ redirectTo: "/units/38" });
    // Never rendered for a version other than the current one, older or newer.
    expect(decide(keptVersionSegment(44, SECRET), "2025.H1._")).not.toHaveProperty("render");
    expect(decide("guess", "2025.H1._")).not.toHaveProperty("render");
  });

  it("names nothing for a view or unit the proxy never writes", () => {
    const current = keptVersionSegment(43, SECRET);
    for (const view of ["2025.H1", "2025.h1._", "x._._", "", "2025.H1._._", "2025.H1.-"]) expect(decide(current, view), view).toEqual({ notFound: true });
    for (const unit of ["038", "0x26", "1e1", "-1", "abc"]) expect(decide(current, "2025.H1._", unit), unit).toEqual({ notFound: true });
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
