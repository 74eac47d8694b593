// The one reader of the app's templates (figures and plans): each template is a spec of its
// columns and label/value lines, and every cell it holds is checked by the same rules as the form
// (lib/entry.ts readFigure, lib/plans.ts readPlan), over typed cells: never formatted and reparsed.
import type { EntryIssue } from "../entry";
import type { PlanIssue } from "../plans";
import { searchKey } from "../search-key";

export type UploadCell = string | number | null;
export interface UploadRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: UploadCell[];
}

/** Equal as labels: case, diacritics and spacing ignored. */
export const same = (a: UploadCell, b: string) => a !== null && searchKey(String(a)) === searchKey(b);
/** A cell as trimmed text, "" when empty. */
export const text = (c: UploadCell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** What a template is: the labels of its header's columns (which are required) and of the lines above it. */
export interface TemplateSpec<C extends string, M extends string> {
  columns: Record<C, string>;
  required: readonly C[];
  meta: Record<M, string>;
}

export interface TemplateLayout<C extends string, M extends string> {
  headerRow: number | null;
  columns: Partial<Record<C, number>>;
  /** Each label/value line above the header that the file has, with its row. */
  meta: Partial<Record<M, { row: number; value: string }>>;
  dataRows: UploadRow[];
  problems: { row: number | null; field: C; code: "noHeader" | "missingColumn"; params: Record<string, string> }[];
}

/** Finds the header row (the first whose first cell is the first column's label), the columns and the lines above. */
export function readTemplateLayout<C extends string, M extends string>(rows: UploadRow[], spec: TemplateSpec<C, M>): TemplateLayout<C, M> {
  const [first] = Object.keys(spec.columns) as C[];
  const layout: TemplateLayout<C, M> = { headerRow: null, columns: {}, meta: {}, dataRows: [], problems: [] };
  const headerIndex = rows.findIndex((r) => same(r.cells[0] ?? null, spec.columns[first!]));
  if (headerIndex === -1) {
    layout.problems.push({ row: null, field: first!, code: "noHeader", params: { column: spec.columns[first!] } });
    return layout;
  }
  const header = rows[headerIndex]!;
  layout.headerRow = header.row;
  for (const col of Object.keys(spec.columns) as C[]) {
    const at = header.cells.findIndex((c) => same(c, spec.columns[col]));
    if (at >= 0) layout.columns[col] = at;
    else if (spec.required.includes(col)) layout.problems.push({ row: header.row, field: col, code: "missingColumn", params: { column: spec.columns[col] } });
  }
  for (const field of Object.keys(spec.meta) as M[]) {
    const r = rows.slice(0, headerIndex).find((m) => same(m.cells[0] ?? null, spec.meta[field]));
    if (r) layout.meta[field] = { row: r.row, value: text(r.cells[1]) };
  }
  layout.dataRows = rows.slice(headerIndex + 1);
  return layout;
}

/** A cell of a data row by its column, null when the file has no such column. */
export function cellOf<C extends string>(layout: Pick<TemplateLayout<C, string>, "columns">, r: UploadRow, col: C): UploadCell {
  const i = layout.columns[col];
  return i === undefined ? null : (r.cells[i] ?? null);
}

/**
 * The problem code and values a refusal of the form's rules has in an uploaded file. Number
 * refusals keep the form's code ("number.decimal_dot") and its suggestion; the message also quotes
 * the cell, since a file's reader sees many at once.
 */
export function issueProblem(issue: EntryIssue | PlanIssue, cell: UploadCell): { code: string; params: Record<string, string | number> } {
  const value = text(cell);
  switch (issue.code) {
    case "number":
      return { code: `number.${issue.error}`, params: { value, suggestion: issue.suggestion ?? "", alternative: issue.alternative ?? "", decimals: issue.decimals ?? 0 } };
    case "ratio_incomplete":
      return { code: "ratioParts", params: {} };
    case "denominator_zero":
      return { code: "zeroDenominator", params: {} };
    case "numerator_over_denominator":
      return { code: "numeratorExceeds", params: {} };
    case "note_too_long":
      return { code: "noteTooLong", params: { max: issue.max } };
    case "note_control_chars":
    case "document_number_control_chars":
      return { code: "controlChars", params: {} };
    case "percent_over_100":
      return { code: "percentOver100", params: { value } };
    case "range_max_required":
    case "range_max_unexpected":
    case "range_order":
      return { code: "rangeBounds", params: {} };
    case "comparator_invalid":
      return { code: "badComparator", params: { value } };
    case "document_date_invalid":
      return { code: "badDate", params: { value } };
    case "document_number_too_long":
      return { code: "documentNumberTooLong", params: {} };
    default:
      return { code: issue.code, params: { value } };
  }
}
