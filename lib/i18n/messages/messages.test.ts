import { describe, expect, it } from "vitest";
import { MESSAGES } from ".";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogue", () => {
  it("has every Vietnamese key in English and no extra ones", () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.vi).sort());
  });

  it("has no empty messages", () => {
    for (const locale of ["vi", "en"] as const) {
      const empty = keys(MESSAGES[locale]).filter((k) => {
        const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], MESSAGES[locale]);
        return typeof v === "string" && v.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
