import { createTranslator } from "next-intl";
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

  it("words a whole-number figure plainly instead of 'at most 0 decimals'", () => {
    const vi = createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "common.numberError" });
    expect(vi("too_many_decimals", { decimals: 0 })).toBe("Số này phải là số nguyên, không có phần thập phân.");
    expect(vi("too_many_decimals", { decimals: 2 })).toBe("Chỉ được có tối đa 2 chữ số thập phân.");
    expect(vi("ambiguous_comma", { suggestion: "28.936", decimals: 0 })).toBe("Chưa rõ: nếu là số nghìn hãy viết 28.936; số này không có phần thập phân.");
    const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "common.numberError" });
    expect(en("too_many_decimals", { decimals: 1 })).toBe("At most 1 decimal digit is allowed.");
  });
});
