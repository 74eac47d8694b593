// Vietnamese number parsing and formatting. Pure: no React, no database, no clock.
//
// Official Vietnamese style groups thousands with "." and marks decimals with ",":
// "10.970", "12,4", "1.234.567,89". Real documents are inconsistent ("4.05 triệu",
// "41,795 tỷ"), so the parser accepts only readings that cannot be 1000× off and
// refuses everything else with a reason code (translated elsewhere) and, where one
// helps, a corrected spelling in `suggestion`.
import { roundTo } from "./progress";

export type NumberParseError =
  | "empty" // blank input
  | "invalid" // not a number at all ("abc", "1,2,3", "--5", "1..2")
  | "decimal_dot" // a dot that cannot be a thousands separator ("4.05" → "4,05")
  | "english_format" // comma as thousands and dot as decimal ("1,234.5" → "1.234,5")
  | "bad_grouping" // dot groups not of 3 digits after the first ("1.23.456")
  | "ambiguous_comma" // "41,795" when fewer than 3 decimals are allowed → suggestion "41.795"
  | "ambiguous_dot" // "8.371" when 3 or more decimals are allowed → suggestion "8,371", alternative "8371"
  | "too_many_decimals" // more decimal digits than allowed → decimals
  | "negative" // a minus sign when allowNegative is false
  | "too_large"; // |value| > maxAbs

export type NumberParseResult =
  | { ok: true; value: number }
  | { ok: false; error: NumberParseError; suggestion?: string; decimals?: number; alternative?: string };

export interface ParseOptions {
  /** Decimal digits the indicator allows. */
  decimals: number;
  /** Default false. */
  allowNegative?: boolean;
  /** Largest accepted absolute value; default 1e15. */
  maxAbs?: number;
  /** Default true: a trailing "%" (optionally preceded by spaces) is stripped. */
  allowPercentSign?: boolean;
}

const DEFAULT_MAX_ABS = 1e15;

/** Leading "+" or "-" (U+2212 MINUS SIGN is read as "-"). */
const SIGN_RE = /^([+\-\u2212]?)(.*)$/s;
/** English style with decimal part: "1,234.5", "10,970.25". */
const ENGLISH_DECIMAL_RE = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;
/** English style integer with at least two comma groups: "1,234,567". */
const ENGLISH_INTEGER_RE = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;

function fail(error: NumberParseError, extra?: { suggestion?: string; decimals?: number; alternative?: string }): NumberParseResult {
  return { ok: false, error, ...extra };
}

/** English spelling → official Vietnamese spelling: swap "," and ".". */
function englishToVietnamese(body: string): string {
  return body.replace(/[.,]/g, (c) => (c === "," ? "." : ","));
}

/** Inserts "." every three digits from the right of a plain digit string. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export function parseVietnameseNumber(input: string, options: ParseOptions): NumberParseResult {
  const allowNegative = options.allowNegative ?? false;
  const maxAbs = options.maxAbs ?? DEFAULT_MAX_ABS;
  const allowPercentSign = options.allowPercentSign ?? true;
  const decimals = options.decimals;

  let text = input.trim();
  if (text === "") return fail("empty");

  if (allowPercentSign && text.endsWith("%")) {
    text = text.slice(0, -1).trimEnd();
  }

  const signMatch = SIGN_RE.exec(text);
  const signChar = signMatch?.[1] ?? "";
  const body = signMatch?.[2] ?? "";
  const isNegative = signChar === "-" || signChar === "\u2212";
  const sign = isNegative ? "-" : "";

  // Only ASCII digits, dots and commas; spaces (normal or non-breaking) inside the number are refused.
  if (!/^[0-9.,]+$/.test(body) || !/[0-9]/.test(body)) return fail("invalid");

  const firstComma = body.indexOf(",");
  if (firstComma !== -1 && body.indexOf(".", firstComma) !== -1) {
    // A dot after a comma: English style, or garbage.
    if (ENGLISH_DECIMAL_RE.test(body)) {
      return fail("english_format", { suggestion: sign + englishToVietnamese(body) });
    }
    return fail("invalid");
  }

  const commaParts = body.split(",");
  if (commaParts.length > 2) {
    if (ENGLISH_INTEGER_RE.test(body)) {
      return fail("english_format", { suggestion: sign + englishToVietnamese(body) });
    }
    return fail("invalid");
  }

  const intPart = commaParts[0] ?? "";
  const fracPart = commaParts[1]; // undefined when there is no comma
  if (intPart === "" || fracPart === "") return fail("invalid");

  let intDigits = intPart;
  const hasDots = intPart.includes(".");
  if (hasDots) {
    const groups = intPart.split(".");
    if (groups.some((g) => g === "")) return fail("invalid");
    const [first = "", ...rest] = groups;
    const validGrouping =
      first.length >= 1 && first.length <= 3 && !first.startsWith("0") && rest.every((g) => g.length === 3);
    if (!validGrouping) {
      const second = rest[0];
      if (rest.length === 1 && second !== undefined && fracPart === undefined) {
        // "4.05", "12.4", "1234.567", "0.500": the dot can only be a decimal mark.
        return fail("decimal_dot", { suggestion: `${sign}${first},${second}` });
      }
      return fail("bad_grouping");
    }
    intDigits = groups.join("");
    // "8.371 ha" where the indicator has three decimals: 8 371 in official style, but an official who
    // meant 8,371 would be 1000× off. Neither reading is safe, so ask for one written without doubt.
    if (groups.length === 2 && fracPart === undefined && decimals >= 3) {
      return fail("ambiguous_dot", { suggestion: `${sign}${first},${rest[0]}`, alternative: sign + intDigits });
    }
  }

  if (fracPart !== undefined && fracPart.length > decimals) {
    const couldBeEnglishThousands =
      fracPart.length === 3 &&
      decimals < 3 &&
      !hasDots &&
      intPart.length <= 3 &&
      !intPart.startsWith("0"); // "0,500" is no English spelling of 500
    if (couldBeEnglishThousands) {
      return fail("ambiguous_comma", { suggestion: sign + groupThousands(intPart + fracPart) });
    }
    return fail("too_many_decimals", { decimals });
  }

  const magnitude = Number(fracPart === undefined ? intDigits : `${intDigits}.${fracPart}`);
  if (!Number.isFinite(magnitude)) return fail("too_large");

  if (isNegative && !allowNegative) return fail("negative");
  if (magnitude > maxAbs) return fail("too_large");

  const value = isNegative ? -magnitude : magnitude;
  return { ok: true, value: value === 0 ? 0 : value }; // never -0
}

/**
 * A figure as a form posts it (text) or as a spreadsheet cell holds it (text, or a number typed into
 * Excel), read by the same rules: a real number can only have too many decimals, a wrong sign or a
 * size beyond the limit; text goes through parseVietnameseNumber.
 */
export function readNumber(cell: string | number, options: ParseOptions): NumberParseResult {
  if (typeof cell === "string") return parseVietnameseNumber(cell, options);
  if (!Number.isFinite(cell)) return fail("invalid");
  if (roundTo(cell, options.decimals) !== cell) return fail("too_many_decimals", { decimals: options.decimals });
  if (cell < 0 && !(options.allowNegative ?? false)) return fail("negative");
  if (Math.abs(cell) > (options.maxAbs ?? DEFAULT_MAX_ABS)) return fail("too_large");
  return { ok: true, value: cell === 0 ? 0 : cell };
}

/**
 * A stored revision as a form or a template carries it back: a whole number, in a CSV grouped with
 * dots like every other number ("1.000"); null for anything else.
 */
export function parseRevision(raw: string): number | null {
  const text = raw.trim();
  if (!/^(\d{1,9}|\d{1,3}(\.\d{3}){1,2})$/.test(text)) return null;
  return Number(text.replaceAll(".", ""));
}

// ---------------------------------------------------------------------------
// Formatting

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: "vi" | "en", minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}|${minDecimals}|${maxDecimals}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Rounds half away from zero on the value's shortest decimal spelling (what String()
 * prints), so 1.005 rounds to 1.01 as a reader expects, not to 1.00 as its binary value
 * would. Never returns -0.
 */
function roundDecimal(value: number, decimals: number): number {
  // Binary noise stripped first, as the status rule does (roundTo in progress.ts): 0,57 / 0,8 × 100 is
  // 71.24999999999999 in floating point, 71,25 on paper, so it shows as 71,3 and is judged as 71,3.
  const abs = Number(Math.abs(value).toPrecision(15));
  const [mantissa = "0", exponent = "0"] = String(abs).split("e");
  const scaled = Number(`${mantissa}e${Number(exponent) + decimals}`);
  if (!Number.isSafeInteger(Math.floor(scaled))) return value === 0 ? 0 : value; // beyond double precision at this scale
  const rounded = Number(`${Math.round(scaled)}e-${decimals}`);
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

function normaliseDecimals(decimals: number): number {
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}

/** Fixed number of decimals: formatNumber(10970, 0) = "10.970", formatNumber(12.4, 1) = "12,4". Non-finite → "". */
export function formatNumber(value: number, decimals: number, locale: "vi" | "en" = "vi"): string {
  if (!Number.isFinite(value)) return "";
  const d = normaliseDecimals(decimals);
  return formatter(locale, d, d).format(roundDecimal(value, d));
}

/** At most `maxDecimals` decimals, trailing zeros dropped: formatNumberUpTo(84.615384, 2) = "84,62", (3620, 2) = "3.620". */
export function formatNumberUpTo(value: number, maxDecimals: number, locale: "vi" | "en" = "vi"): string {
  if (!Number.isFinite(value)) return "";
  const d = normaliseDecimals(maxDecimals);
  return formatter(locale, 0, d).format(roundDecimal(value, d));
}

/** Value already in percent units: formatPercent(12.4) = "12,4%". No space before "%". Non-finite → "". */
export function formatPercent(value: number, decimals = 1, locale: "vi" | "en" = "vi"): string {
  if (!Number.isFinite(value)) return "";
  return `${formatNumber(value, decimals, locale)}%`;
}

/**
 * What to put back into an input box: Vietnamese style, at most `decimals` decimals and no
 * trailing zeros ("10.970,5", "4,05", "18.964"). parseVietnameseNumber reads it back. Non-finite → "".
 */
export function formatNumberInput(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "";
  const d = normaliseDecimals(decimals);
  const text = formatter("vi", 0, d).format(roundDecimal(value, d));
  // "8.371" would be refused as ambiguous where three decimals are allowed: write "8371" instead.
  return d >= 3 && /^-?\d{1,3}\.\d{3}$/.test(text) ? text.replace(".", "") : text;
}
