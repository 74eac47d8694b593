// The one rule for free text the app stores (notes, names, document numbers), whichever door it
// comes through: a form, an action, an uploaded file. Control characters and the bidirectional
// controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, the marks U+200E LRM,
// U+200F RLM and U+061C ALM, which reorder neutral characters such as digits and dots) are refused: rendered
// escaped they are harmless as HTML, but they make a name or a note read differently from what it
// holds ("‮gnp.exe" shows as "exe.png"), in the app, in exports and in the audit trail.
import { z } from "zod";

// C0 controls other than tab and line breaks, DEL, C1 controls, bidirectional controls, and the
// interlinear annotation marks; line breaks and tabs only where the text may span lines.
const FORBIDDEN_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/;
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB]/;

/** Refusal code carried in zod's message: "withUser" hands it to the form as the field's error code. */
export const CONTROL_CHARS = "control_chars";

/** Whether the text holds a character no stored text may hold. */
export function hasForbiddenChars(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_ONE_LINE).test(text);
}

/** A trimmed one-line text (a name, a document number) of `min` to `max` characters. */
export function plainText(max: number, min = 0) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasForbiddenChars(s), { message: CONTROL_CHARS });
}

/** A trimmed text that may span lines (a note) of at most `max` characters. */
export function multilineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !hasForbiddenChars(s, { multiline: true }), { message: CONTROL_CHARS });
}
