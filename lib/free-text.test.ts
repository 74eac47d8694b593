import { describe, expect, it } from "vitest";
import { CONTROL_CHARS, hasForbiddenChars, multilineText, plainText } from "./free-text";

const BIDI_CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];
// The marks change how neutral characters (digits, dots, slashes) around them are ordered: "12/2026/\u200FQĐ".
const BIDI_MARKS = ["\u200E", "\u200F", "\u061C"];

describe("free text the app stores", () => {
  it("refuses every bidirectional control and mark, in one-line and multiline text", () => {
    for (const ch of [...BIDI_CONTROLS, ...BIDI_MARKS]) {
      const text = `Số 12/2026${ch}/QĐ-UBND`;
      expect(hasForbiddenChars(text), `U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
      expect(hasForbiddenChars(text, { multiline: true })).toBe(true);
      expect(plainText(100).safeParse(text).error?.issues[0]?.message).toBe(CONTROL_CHARS);
      expect(multilineText(1000).safeParse(text).error?.issues[0]?.message).toBe(CONTROL_CHARS);
    }
  });

  it("keeps Vietnamese text, joiners and line breaks where the text may span lines", () => {
    for (const text of ["Phường Ba Đình", "Số 12/2026/QĐ-UBND", "a\u200Db", "a\u200Cb"]) {
      expect(hasForbiddenChars(text)).toBe(false);
      expect(plainText(100).parse(text)).toBe(text);
    }
    expect(multilineText(1000).parse("hai\r\ndòng\tghi chú")).toBe("hai\r\ndòng\tghi chú");
    expect(hasForbiddenChars("hai\ndòng")).toBe(true);
    expect(hasForbiddenChars("a\u0000b", { multiline: true })).toBe(true);
  });
});
