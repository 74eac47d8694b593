import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("the page to return to after signing in", () => {
  it("keeps paths on this site and refuses other origins", () => {
    expect(safeCallbackPath("/units/4/entry?period=Q1")).toBe("/units/4/entry?period=Q1");
    expect(safeCallbackPath("//evil.example/")).toBe("/");
    expect(safeCallbackPath("/\\evil.example")).toBe("/");
    expect(safeCallbackPath("https://evil.example/")).toBe("/");
    expect(safeCallbackPath(undefined, "/audit")).toBe("/audit");
  });
});
