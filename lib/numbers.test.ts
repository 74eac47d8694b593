import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  formatNumber,
  formatNumberInput,
  formatPercent,
  parseVietnameseNumber,
  type NumberParseResult,
  type ParseOptions,
} from "./numbers";

type Case = [input: string, options: ParseOptions, expected: NumberParseResult];

const d0: ParseOptions = { decimals: 0 };
const d1: ParseOptions = { decimals: 1 };
const d2: ParseOptions = { decimals: 2 };
const d3: ParseOptions = { decimals: 3 };

describe("parseVietnameseNumber: accepted forms", () => {
  const cases: Case[] = [
    ["10.970", d0, { ok: true, value: 10970 }],
    ["12,4", d1, { ok: true, value: 12.4 }],
    ["53,026", d3, { ok: true, value: 53.026 }],
    ["41,795", d3, { ok: true, value: 41.795 }],
    ["1.234.567,89", d2, { ok: true, value: 1234567.89 }],
    ["1234567", d0, { ok: true, value: 1234567 }],
    ["1234567,5", d1, { ok: true, value: 1234567.5 }],
    ["4.050", d0, { ok: true, value: 4050 }],
    ["4.050", d2, { ok: true, value: 4050 }],
    ["4,05", d2, { ok: true, value: 4.05 }],
    ["0,5", d1, { ok: true, value: 0.5 }],
    ["0", d0, { ok: true, value: 0 }],
    ["007", d0, { ok: true, value: 7 }],
    ["1,2", d3, { ok: true, value: 1.2 }],
    ["0,500", d3, { ok: true, value: 0.5 }],
    ["100%", d0, { ok: true, value: 100 }],
    ["12,5 %", d1, { ok: true, value: 12.5 }],
    ["12,5\u00a0%", d1, { ok: true, value: 12.5 }],
    ["  10.970  ", d0, { ok: true, value: 10970 }],
    ["\u00a010.970\t", d0, { ok: true, value: 10970 }],
    ["+5", d0, { ok: true, value: 5 }],
    ["-5", { decimals: 0, allowNegative: true }, { ok: true, value: -5 }],
    ["\u22125", { decimals: 0, allowNegative: true }, { ok: true, value: -5 }],
    ["-1.234,5", { decimals: 1, allowNegative: true }, { ok: true, value: -1234.5 }],
    ["-0", { decimals: 0, allowNegative: true }, { ok: true, value: 0 }],
    ["1.000.000.000.000.000", d0, { ok: true, value: 1e15 }],
    ["2.000", { decimals: 0, maxAbs: 2000 }, { ok: true, value: 2000 }],
    ["0,1", d1, { ok: true, value: 0.1 }],
    ["0,3", d1, { ok: true, value: 0.3 }],
  ];
  it.each(cases)("%j %j", (input, options, expected) => {
    expect(parseVietnameseNumber(input, options)).toStrictEqual(expected);
  });

  it("never returns negative zero", () => {
    const r = parseVietnameseNumber("-0,0", { decimals: 1, allowNegative: true });
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

describe("parseVietnameseNumber: refused forms", () => {
  const cases: Case[] = [
    // empty
    ["", d0, { ok: false, error: "empty" }],
    ["   ", d0, { ok: false, error: "empty" }],
    ["\u00a0", d0, { ok: false, error: "empty" }],
    // invalid
    ["abc", d0, { ok: false, error: "invalid" }],
    ["1,2,3", d3, { ok: false, error: "invalid" }],
    ["--5", { decimals: 0, allowNegative: true }, { ok: false, error: "invalid" }],
    ["+-5", { decimals: 0, allowNegative: true }, { ok: false, error: "invalid" }],
    ["1..2", d0, { ok: false, error: "invalid" }],
    [".5", d1, { ok: false, error: "invalid" }],
    ["5.", d0, { ok: false, error: "invalid" }],
    [",5", d1, { ok: false, error: "invalid" }],
    ["5,", d1, { ok: false, error: "invalid" }],
    ["1 234", d0, { ok: false, error: "invalid" }],
    ["1\u00a0234", d0, { ok: false, error: "invalid" }],
    ["1\u202f234", d0, { ok: false, error: "invalid" }],
    ["- 5", { decimals: 0, allowNegative: true }, { ok: false, error: "invalid" }],
    ["%", d0, { ok: false, error: "invalid" }],
    ["-", d0, { ok: false, error: "invalid" }],
    ["100%", { decimals: 0, allowPercentSign: false }, { ok: false, error: "invalid" }],
    ["100%%", d0, { ok: false, error: "invalid" }],
    ["%100", d0, { ok: false, error: "invalid" }],
    ["1e5", d0, { ok: false, error: "invalid" }],
    ["١٢", d0, { ok: false, error: "invalid" }],
    ["1,2.3", d3, { ok: false, error: "invalid" }],
    ["12 triệu", d0, { ok: false, error: "invalid" }],
    // decimal_dot
    ["4.05", d2, { ok: false, error: "decimal_dot", suggestion: "4,05" }],
    ["12.4", d1, { ok: false, error: "decimal_dot", suggestion: "12,4" }],
    ["12.4%", d1, { ok: false, error: "decimal_dot", suggestion: "12,4" }],
    ["1.2345", d0, { ok: false, error: "decimal_dot", suggestion: "1,2345" }],
    ["1234.567", d3, { ok: false, error: "decimal_dot", suggestion: "1234,567" }],
    ["0.500", d3, { ok: false, error: "decimal_dot", suggestion: "0,500" }],
    ["0.5", d1, { ok: false, error: "decimal_dot", suggestion: "0,5" }],
    ["-4.05", { decimals: 2, allowNegative: true }, { ok: false, error: "decimal_dot", suggestion: "-4,05" }],
    // english_format
    ["1,234.5", d1, { ok: false, error: "english_format", suggestion: "1.234,5" }],
    ["10,970.25", d2, { ok: false, error: "english_format", suggestion: "10.970,25" }],
    ["1,234,567.89", d2, { ok: false, error: "english_format", suggestion: "1.234.567,89" }],
    ["1,234,567", d0, { ok: false, error: "english_format", suggestion: "1.234.567" }],
    // bad_grouping
    ["1.23.456", d0, { ok: false, error: "bad_grouping" }],
    ["12.34.567", d0, { ok: false, error: "bad_grouping" }],
    ["1234.567.890", d0, { ok: false, error: "bad_grouping" }],
    ["0.123.456", d0, { ok: false, error: "bad_grouping" }],
    ["1.234.5", d0, { ok: false, error: "bad_grouping" }],
    ["4.05,3", d1, { ok: false, error: "bad_grouping" }],
    ["1.2345,6", d1, { ok: false, error: "bad_grouping" }],
    // ambiguous_comma
    ["41,795", d0, { ok: false, error: "ambiguous_comma", suggestion: "41.795" }],
    ["41,795", d2, { ok: false, error: "ambiguous_comma", suggestion: "41.795" }],
    ["1,234", d1, { ok: false, error: "ambiguous_comma", suggestion: "1.234" }],
    ["999,999", d0, { ok: false, error: "ambiguous_comma", suggestion: "999.999" }],
    ["-41,795", { decimals: 1, allowNegative: true }, { ok: false, error: "ambiguous_comma", suggestion: "-41.795" }],
    // too_many_decimals
    ["12,45", d1, { ok: false, error: "too_many_decimals", decimals: 1 }],
    ["12,4", d0, { ok: false, error: "too_many_decimals", decimals: 0 }],
    ["1,2345", d3, { ok: false, error: "too_many_decimals", decimals: 3 }],
    ["1234,567", d0, { ok: false, error: "too_many_decimals", decimals: 0 }],
    ["1.234,567", d2, { ok: false, error: "too_many_decimals", decimals: 2 }],
    ["0,500", d2, { ok: false, error: "too_many_decimals", decimals: 2 }],
    // negative
    ["-5", d0, { ok: false, error: "negative" }],
    ["-1.234,5", d1, { ok: false, error: "negative" }],
    ["-0", d0, { ok: false, error: "negative" }],
    // too_large
    ["1.000.000.000.000.001", d0, { ok: false, error: "too_large" }],
    ["2.001", { decimals: 0, maxAbs: 2000 }, { ok: false, error: "too_large" }],
    ["-2.001", { decimals: 0, maxAbs: 2000, allowNegative: true }, { ok: false, error: "too_large" }],
    ["9".repeat(400), d0, { ok: false, error: "too_large" }],
  ];
  it.each(cases)("%j %j", (input, options, expected) => {
    expect(parseVietnameseNumber(input, options)).toStrictEqual(expected);
  });
});

describe("formatNumber", () => {
  const cases: [value: number, decimals: number, locale: "vi" | "en" | undefined, expected: string][] = [
    [10970, 0, undefined, "10.970"],
    [12.4, 1, undefined, "12,4"],
    [53.026, 3, undefined, "53,026"],
    [1234567.891, 2, "vi", "1.234.567,89"],
    [1234, 0, "vi", "1.234"],
    [10970, 0, "en", "10,970"],
    [12.4, 1, "en", "12.4"],
    [12, 2, "vi", "12,00"],
    [-1234.5, 1, "vi", "-1.234,5"],
    // A computed percentage with binary noise rounds as on paper, and as the status rule judges it.
    [(0.57 / 0.8) * 100, 1, "vi", "71,3"],
    [-(0.57 / 0.8) * 100, 1, "vi", "-71,3"],
    [-0, 0, "vi", "0"],
    [-0, 2, "vi", "0,00"],
    [-0.004, 2, "vi", "0,00"],
    [-0.4, 0, "en", "0"],
    [1.005, 2, "vi", "1,01"],
    [2.5, 0, "vi", "3"],
    [-2.5, 0, "vi", "-3"],
    [0.125, 2, "vi", "0,13"],
    [1e15, 0, "vi", "1.000.000.000.000.000"],
    [1e-7, 2, "vi", "0,00"],
    [NaN, 1, "vi", ""],
    [Infinity, 1, "vi", ""],
  ];
  it.each(cases)("%s with %s decimals (%s) → %j", (value, decimals, locale, expected) => {
    expect(formatNumber(value, decimals, locale)).toBe(expected);
  });
});

describe("formatPercent", () => {
  it.each([
    [12.4, undefined, undefined, "12,4%"],
    [315.31, undefined, undefined, "315,3%"],
    [100, 0, "vi", "100%"],
    [1234.56, 2, "en", "1,234.56%"],
    [-0.01, 1, "vi", "0,0%"],
    [NaN, 1, "vi", ""],
  ] as const)("%s → %j", (value, decimals, locale, expected) => {
    expect(formatPercent(value, decimals, locale)).toBe(expected);
  });
});

describe("formatNumberInput", () => {
  it.each([
    [10970.5, 1, "10.970,5"],
    [10970.5, 3, "10.970,5"],
    [4.05, 2, "4,05"],
    [18964, 2, "18.964"],
    [18964.0001, 2, "18.964"],
    [4.056, 2, "4,06"],
    [-0.001, 2, "0"],
    [0.1, 3, "0,1"],
  ] as const)("%s (%s decimals) → %j", (value, decimals, expected) => {
    expect(formatNumberInput(value, decimals)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------
// Properties

/** Exact decimal spelling of k / 10^scale, e.g. (-1234n, 2) → "-12.34". */
function decimalString(k: bigint, scale: number): string {
  const negative = k < 0n;
  const digits = (negative ? -k : k).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  return (negative ? "-" : "") + int + (scale > 0 ? `.${frac}` : "");
}

/** k / 10^scale rounded half away from zero to `decimals`, computed exactly on integers. */
function roundedValue(k: bigint, scale: number, decimals: number): number {
  if (decimals >= scale) return Number(decimalString(k, scale));
  const q = 10n ** BigInt(scale - decimals);
  const abs = k < 0n ? -k : k;
  let n = abs / q;
  if ((abs % q) * 2n >= q) n += 1n;
  const value = Number(decimalString(k < 0n ? -n : n, decimals));
  return value === 0 ? 0 : value;
}

const scaledValue = fc.record({
  k: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  scale: fc.integer({ min: 0, max: 3 }),
  decimals: fc.integer({ min: 0, max: 3 }),
});

describe("properties", () => {
  it("parse(formatNumber(v, d)) is v rounded to d decimals", () => {
    fc.assert(
      fc.property(scaledValue, ({ k, scale, decimals }) => {
        const v = Number(decimalString(k, scale));
        const text = formatNumber(v, decimals);
        const r = parseVietnameseNumber(text, { decimals, allowNegative: true });
        expect(r).toStrictEqual({ ok: true, value: roundedValue(k, scale, decimals) });
      }),
      { numRuns: 2000 },
    );
  });

  it("parse(formatNumberInput(v, d)) is v rounded to d decimals", () => {
    fc.assert(
      fc.property(scaledValue, ({ k, scale, decimals }) => {
        const v = Number(decimalString(k, scale));
        const text = formatNumberInput(v, decimals);
        const r = parseVietnameseNumber(text, { decimals, allowNegative: true });
        expect(r).toStrictEqual({ ok: true, value: roundedValue(k, scale, decimals) });
      }),
      { numRuns: 2000 },
    );
  });

  it("formatPercent is formatNumber plus a bare %", () => {
    fc.assert(
      fc.property(scaledValue, ({ k, scale, decimals }) => {
        const v = Number(decimalString(k, scale));
        expect(formatPercent(v, decimals)).toBe(`${formatNumber(v, decimals)}%`);
      }),
    );
  });

  const digits = (minLength: number, maxLength: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength, maxLength });

  it("a single dot is refused or read as a thousands separator, never as a decimal mark", () => {
    fc.assert(
      fc.property(digits(1, 6), digits(1, 6), fc.integer({ min: 0, max: 4 }), (a, b, decimals) => {
        const r = parseVietnameseNumber(`${a}.${b}`, { decimals });
        if (r.ok) expect(r.value).toBe(Number(a + b));
        else expect(["decimal_dot", "bad_grouping", "ambiguous_dot"]).toContain(r.error);
      }),
    );
  });

  it("a single dot before exactly three digits is refused where three or more decimals are allowed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), digits(3, 3), fc.integer({ min: 3, max: 6 }), fc.boolean(), (a, b, decimals, negative) => {
        const sign = negative ? "-" : "";
        const r = parseVietnameseNumber(`${sign}${a}.${b}`, { decimals, allowNegative: true });
        expect(r).toStrictEqual({ ok: false, error: "ambiguous_dot", suggestion: `${sign}${a},${b}`, alternative: `${sign}${a}${b}` });
        // Both readings it proposes parse, each to what it says.
        expect(parseVietnameseNumber(`${sign}${a},${b}`, { decimals, allowNegative: true })).toStrictEqual({ ok: true, value: Number(`${sign}${a}.${b}`) || 0 });
        expect(parseVietnameseNumber(`${sign}${a}${b}`, { decimals, allowNegative: true })).toStrictEqual({ ok: true, value: Number(`${sign}${a}${b}`) || 0 });
      }),
    );
  });

  it("land clearance of 8.371 ha (three decimals) is never read as 8371", () => {
    expect(parseVietnameseNumber("8.371", { decimals: 3 })).toMatchObject({ ok: false, error: "ambiguous_dot", suggestion: "8,371" });
    expect(parseVietnameseNumber("8.371", { decimals: 2 })).toStrictEqual({ ok: true, value: 8371 });
    // With more than one group, or a decimal part, the dots can only group thousands.
    expect(parseVietnameseNumber("1.234.567", { decimals: 3 })).toStrictEqual({ ok: true, value: 1234567 });
    expect(parseVietnameseNumber("8.371,5", { decimals: 3 })).toStrictEqual({ ok: true, value: 8371.5 });
    expect(parseVietnameseNumber("53,026", { decimals: 3 })).toStrictEqual({ ok: true, value: 53.026 });
  });

  it("what the form shows for a stored figure reads back as that figure, three decimals included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        expect(parseVietnameseNumber(formatNumberInput(n, decimals), { decimals })).toStrictEqual({ ok: true, value: n });
      }),
    );
    expect(formatNumberInput(8371, 3)).toBe("8371");
    expect(formatNumberInput(8371.5, 3)).toBe("8.371,5");
    expect(formatNumberInput(1234567, 3)).toBe("1.234.567");
  });

  it("a single comma is refused or read as the decimal mark, never as a thousands separator", () => {
    fc.assert(
      fc.property(digits(1, 6), digits(1, 6), fc.integer({ min: 0, max: 4 }), (a, b, decimals) => {
        const r = parseVietnameseNumber(`${a},${b}`, { decimals });
        if (r.ok) expect(r.value).toBe(Number(`${a}.${b}`));
        else expect(["ambiguous_comma", "too_many_decimals"]).toContain(r.error);
      }),
    );
  });

  it("any accepted string of digits, dots and commas has its Vietnamese reading", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789.,".split("")), minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 4 }),
        (s, decimals) => {
          const r = parseVietnameseNumber(s, { decimals });
          if (r.ok) {
            expect(r.value).toBe(Number(s.replace(/\./g, "").replace(",", ".")));
            expect(s.split(",").length).toBeLessThanOrEqual(2);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("never throws, and every refusal carries a known code", () => {
    const codes = [
      "empty",
      "invalid",
      "decimal_dot",
      "english_format",
      "bad_grouping",
      "ambiguous_comma",
      "ambiguous_dot",
      "too_many_decimals",
      "negative",
      "too_large",
    ];
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 4 }), fc.boolean(), (s, decimals, allowNegative) => {
        const r = parseVietnameseNumber(s, { decimals, allowNegative });
        if (!r.ok) expect(codes).toContain(r.error);
        else expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });

  it("suggestions parse to the reading they propose", () => {
    fc.assert(
      fc.property(digits(1, 4), digits(1, 4), fc.integer({ min: 0, max: 2 }), (a, b, decimals) => {
        for (const s of [`${a}.${b}`, `${a},${b}`]) {
          const r = parseVietnameseNumber(s, { decimals });
          if (r.ok || r.suggestion === undefined) continue;
          if (r.error === "decimal_dot") expect(parseVietnameseNumber(r.suggestion, { decimals: 4 })).toStrictEqual({ ok: true, value: Number(`${a}.${b}`) });
          if (r.error === "ambiguous_comma") expect(parseVietnameseNumber(r.suggestion, { decimals: 0 })).toStrictEqual({ ok: true, value: Number(a + b) });
        }
      }),
    );
  });
});
