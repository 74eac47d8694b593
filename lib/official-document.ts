// The parts that make a report an administrative document (Nghị định 30/2020/NĐ-CP): issuing body
// and its parent, number, place and date, the plans' decisions it rests on, recipients and the
// signer's block. Pure: words come in as a text object built from the message catalogue.
import { z } from "zod";
import { toDocumentDate } from "./document-date";
import { multilineText, plainText } from "./free-text";
import type { PlanVersion } from "./domain";

/** What an office fills in once and the app keeps per unit. */
export interface SignatureFields {
  /** The number part of "Số: 123/BC-UBND"; empty leaves "…" to fill in by hand. */
  documentNumber: string;
  /** Nơi nhận, one per line. */
  recipients: string[];
  /** "TM. ỦY BAN NHÂN DÂN". */
  authority: string;
  /** "KT. CHỦ TỊCH", empty when the chairman signs. */
  deputy: string;
  /** "PHÓ CHỦ TỊCH". */
  signerTitle: string;
  signerName: string;
  /** Người lập biểu. */
  preparer: string;
}

export const SIGNATURE_LIMITS = { line: 100, recipients: 12 } as const;

export interface PlanDecision {
  version: PlanVersion;
  documentNumber: string | null;
  documentDate: string | null;
}

export interface DocumentText {
  issuer: (unit: string) => string;
  numberLine: (number: string) => string;
  /** Used in place of an empty number. */
  blank: string;
  placeAndDate: (place: string, day: string, month: string, year: string) => string;
  /** "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn". */
  basis: (args: { kind: string; number: string; date: string | null; issuer: string }) => string;
  /** A plan whose decision has no number stored. */
  basisUnnumbered: (args: { plan: string; issuer: string; year: number }) => string;
  decisionKind: (number: string) => string;
  planName: (version: PlanVersion) => string;
  council: (unit: string) => string;
  higherLevel: (unit: string) => string;
}

export interface DocumentFrame {
  /** Parent first: ["UBND TỈNH THANH HÓA", "UBND THỊ XÃ BỈM SƠN"]. */
  issuers: string[];
  numberLine: string;
  placeAndDate: string;
  legalBases: string[];
  signature: SignatureFields;
}

const UNIT_TYPE_PREFIX = /^(tỉnh|thành phố|tp\.?|thị xã|tx\.?|quận|huyện|phường|xã|thị trấn|tt\.?|đặc khu)\s+/iu;

/** "Thị xã Bỉm Sơn" → "Bỉm Sơn": the place name a document is dated at. */
export function placeName(unitName: string): string {
  return unitName.replace(UNIT_TYPE_PREFIX, "").trim() || unitName;
}

/** The issuing committee and the one above it, in capitals as the decree sets them. */
export function issuers(unitName: string, parentName: string | null, text: Pick<DocumentText, "issuer">): string[] {
  const upper = (name: string) => text.issuer(name).toLocaleUpperCase("vi-VN");
  return parentName ? [upper(parentName), upper(unitName)] : [upper(unitName)];
}

/** The decisions that set the plans, once each, the People's Council's first. */
export function legalBases(
  decisions: PlanDecision[],
  { unitName, parentName, year }: { unitName: string; parentName: string | null; year: number },
  text: DocumentText,
): string[] {
  const order = (v: PlanVersion) => (v === "higher_level" ? 1 : 0);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of [...decisions].sort((a, b) => order(a.version) - order(b.version))) {
    const issuer = d.version === "higher_level" ? text.higherLevel(parentName ?? unitName) : text.council(unitName);
    const number = d.documentNumber?.trim() || null;
    const key = number ? `n:${number}` : `p:${d.version === "higher_level" ? "h" : "c"}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      number
        ? text.basis({ kind: text.decisionKind(number), number, date: toDocumentDate(d.documentDate), issuer })
        : text.basisUnnumbered({ plan: text.planName(d.version), issuer, year }),
    );
  }
  return out;
}

/** Everything around the table, from the unit, its parent, the date and the fields kept for the unit. */
export function documentFrame(
  {
    unitName,
    parentName,
    year,
    date,
    decisions,
    signature,
  }: { unitName: string; parentName: string | null; year: number; date: string; decisions: PlanDecision[]; signature: SignatureFields },
  text: DocumentText,
): DocumentFrame {
  const [y, m, d] = date.split("-");
  return {
    issuers: issuers(unitName, parentName, text),
    numberLine: text.numberLine(signature.documentNumber.trim() || text.blank),
    placeAndDate: text.placeAndDate(placeName(unitName), d ?? text.blank, m ?? text.blank, y ?? text.blank),
    legalBases: legalBases(decisions, { unitName, parentName, year }, text),
    signature,
  };
}

/** The signer form as posted: each line at most 100 characters, at most 12 recipients. */
export const signatureFormSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  documentNumber: plainText(SIGNATURE_LIMITS.line),
  recipients: multilineText(SIGNATURE_LIMITS.line * SIGNATURE_LIMITS.recipients).refine(
    (s) => {
      const lines = recipientLines(s);
      return lines.length <= SIGNATURE_LIMITS.recipients && lines.every((l) => l.length <= SIGNATURE_LIMITS.line);
    },
    { message: "too_many_recipients" },
  ),
  authority: plainText(SIGNATURE_LIMITS.line),
  deputy: plainText(SIGNATURE_LIMITS.line),
  signerTitle: plainText(SIGNATURE_LIMITS.line),
  signerName: plainText(SIGNATURE_LIMITS.line),
  preparer: plainText(SIGNATURE_LIMITS.line),
});

/** Recipients as kept: one a line, blank lines dropped. */
export function recipientLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
