// An upload problem in words, as the preview lists it: the row, the column with its name
// ("D (Số liệu)") and the reason from the catalogue. Pure; the caller passes the translator.

export interface ProblemText {
  row: number | null;
  column: string;
  reason: string;
}

/** A problem of an entry or a plans upload; its code is a key under "spreadsheet.problem". */
export interface ListedProblem {
  row: number | null;
  column: string | null;
  field: string | null;
  code: string;
  params: Record<string, string | number>;
}

/** `t` translates "spreadsheet" keys; `names` are the template's labels by field (meta and columns). */
export function problemText(
  p: ListedProblem,
  names: Record<string, string>,
  t: (key: string, params: Record<string, string | number>) => string,
): ProblemText {
  return {
    row: p.row,
    column: p.column ? `${p.column}${p.field ? ` (${names[p.field]})` : ""}` : p.field ? names[p.field]! : "—",
    // Reason codes are keys of the catalogue, "number.decimal_dot" included.
    reason: t(`problem.${p.code}`, p.params),
  };
}
