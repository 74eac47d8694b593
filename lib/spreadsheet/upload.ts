// Reads and checks a filled entry template (.xlsx or CSV) before anything is saved: every problem
// with its row, column and a reason code (turned into Vietnamese by the catalogue), and for the
// rows without problems what would change. Pure; the caller reads the file and the current figures.
import { FIGURE_STATUSES, PERIODS, type FigureStatus, type Period } from "../domain";
import { formatNumber, formatNumberInput, parseVietnameseNumber, type NumberParseError } from "../numbers";
import { roundTo } from "../progress";
import type { IndicatorDef } from "../report";
import { searchKey } from "../search-key";
import { isEnterable, TEMPLATE_COLUMNS, TEMPLATE_META, type CurrentFigure, type TemplateColumn, type TemplateMeta } from "./template";

export type UploadCell = string | number | null;
export interface UploadRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: UploadCell[];
}

export type UploadProblemCode =
  | "noHeader"
  | "missingColumn"
  | "missingMeta"
  | "badYear"
  | "badPeriod"
  | "otherUnit"
  | "outOfScope"
  | "unknownIndicator"
  | "derivedIndicator"
  | "conflict"
  | "changedSinceDownload"
  | "badRevision"
  | "badStatus"
  | "ratioParts"
  | "zeroDenominator"
  | "numeratorExceeds"
  | "notInteger"
  | "magnitude"
  | `number.${NumberParseError}`;

export interface UploadProblem {
  row: number | null;
  /** Column letter as the spreadsheet shows it ("D"), null for problems of a whole row or file. */
  column: string | null;
  /** Which template column, to name it in the message. */
  field: TemplateColumn | TemplateMeta | null;
  code: UploadProblemCode;
  params: Record<string, string | number>;
}

export interface UploadLabels {
  meta: Record<TemplateMeta, string>;
  columns: Record<TemplateColumn, string>;
  /** Every way a period may be written: "6 tháng", "H1"... */
  period: (p: Period) => string[];
  /** Every way a status may be written: "Ước", "Ước thực hiện"... */
  status: (s: FigureStatus) => string[];
}

export interface UploadLayout {
  unitCode: string | null;
  year: number | null;
  period: Period | null;
  /** Row of the header, and where each column is. */
  headerRow: number | null;
  columns: Partial<Record<TemplateColumn, number>>;
  dataRows: UploadRow[];
  problems: UploadProblem[];
}

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

/** Equal as labels: case, diacritics and spacing ignored. */
export const same = (a: UploadCell, b: string) => a !== null && searchKey(String(a)) === searchKey(b);
/** A cell as trimmed text, "" when empty. */
export const text = (c: UploadCell | undefined): string => (c === null || c === undefined ? "" : String(c).trim());

/** Finds the label/value lines and the header row; the problems are those of the file as a whole. */
export function readUploadLayout(rows: UploadRow[], labels: UploadLabels): UploadLayout {
  const layout: UploadLayout = { unitCode: null, year: null, period: null, headerRow: null, columns: {}, dataRows: [], problems: [] };
  const headerIndex = rows.findIndex((r) => same(r.cells[0] ?? null, labels.columns.code));
  if (headerIndex === -1) {
    layout.problems.push({ row: null, column: null, field: "code", code: "noHeader", params: { column: labels.columns.code } });
    return layout;
  }
  const header = rows[headerIndex]!;
  layout.headerRow = header.row;
  for (const col of TEMPLATE_COLUMNS) {
    const at = header.cells.findIndex((c) => same(c, labels.columns[col]));
    if (at >= 0) layout.columns[col] = at;
    else if (col === "code" || col === "value" || col === "status" || col === "numerator" || col === "denominator") {
      layout.problems.push({ row: header.row, column: null, field: col, code: "missingColumn", params: { column: labels.columns[col] } });
    }
  }

  const metaRows = rows.slice(0, headerIndex);
  const metaValue = (field: TemplateMeta): { row: number; value: string } | null => {
    const r = metaRows.find((m) => same(m.cells[0] ?? null, labels.meta[field]));
    return r ? { row: r.row, value: text(r.cells[1]) } : null;
  };
  for (const field of TEMPLATE_META) {
    if (field === "unitName") continue;
    const m = metaValue(field);
    if (!m || m.value === "") {
      layout.problems.push({ row: m?.row ?? null, column: m ? "B" : null, field, code: "missingMeta", params: { field: labels.meta[field] } });
      continue;
    }
    if (field === "unitCode") layout.unitCode = m.value;
    if (field === "year") {
      const y = Number(m.value);
      if (Number.isInteger(y) && y >= 1990 && y <= 2100) layout.year = y;
      else layout.problems.push({ row: m.row, column: "B", field, code: "badYear", params: { value: m.value } });
    }
    if (field === "period") {
      const p = PERIODS.find((p) => p === m.value || labels.period(p).some((l) => same(m.value, l)));
      if (p) layout.period = p;
      else layout.problems.push({ row: m.row, column: "B", field, code: "badPeriod", params: { value: m.value } });
    }
  }
  layout.dataRows = rows.slice(headerIndex + 1);
  return layout;
}

export interface UploadFigure {
  row: number;
  indicatorId: number;
  indicatorCode: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** A ratio's value column when it differs from numerator / denominator: what the document stated. */
  statedValue: number | null;
  status: FigureStatus;
  note: string | null;
  current: CurrentFigure | null;
  change: "new" | "changed" | "unchanged";
}

export interface UploadPreview {
  unitCode: string | null;
  year: number | null;
  period: Period | null;
  problems: UploadProblem[];
  figures: UploadFigure[];
}

export interface UploadContext {
  /** The unit the official is entering figures for. */
  unit: { code: string };
  /** Codes of the units the user may change; null when every unit is allowed. */
  scopeUnitCodes: string[] | null;
  indicators: IndicatorDef[];
  /** The unit's stored figures for the file's year and period, by indicator. */
  current: Map<number, CurrentFigure>;
}

/** How far from the stored figure a new one may be before it is taken for a slip of "." and ",". */
export const MAGNITUDE_FACTOR = 100;

/** Equal at the indicator's precision: what was downloaded and uploaded again is the same figure. */
function sameNumber(a: number | null, b: number | null, decimals: number): boolean {
  if (a === null || b === null) return a === b;
  return roundTo(a, decimals) === roundTo(b, decimals);
}

/**
 * A template's "Lần sửa" cell: a whole number, as the app wrote it, grouped with dots in CSV like
 * every other number (1.000); null when it is anything else.
 */
export function parseRevision(raw: string): number | null {
  return /^(\d+|\d{1,3}(\.\d{3})+)$/.test(raw) ? Number(raw.replaceAll(".", "")) : null;
}

export function validateUpload(layout: UploadLayout, labels: UploadLabels, context: UploadContext): UploadPreview {
  const preview: UploadPreview = { unitCode: layout.unitCode, year: layout.year, period: layout.period, problems: [...layout.problems], figures: [] };
  const problem = (row: number | null, field: TemplateColumn | TemplateMeta | null, code: UploadProblemCode, params: Record<string, string | number> = {}) => {
    const index = field && field in layout.columns ? layout.columns[field as TemplateColumn] : undefined;
    const column = field === "unitCode" ? "B" : index !== undefined ? columnLetter(index) : null;
    preview.problems.push({ row, column, field, code, params });
  };

  if (layout.unitCode !== null) {
    // Outside the user's units says more than "another unit": the file could never be saved by this user.
    if (context.scopeUnitCodes !== null && !context.scopeUnitCodes.includes(layout.unitCode)) {
      problem(null, "unitCode", "outOfScope", { code: layout.unitCode });
    } else if (layout.unitCode !== context.unit.code) {
      problem(null, "unitCode", "otherUnit", { fileCode: layout.unitCode, unitCode: context.unit.code });
    }
  }
  if (layout.headerRow === null || layout.columns.code === undefined) return preview;

  const byCode = new Map(context.indicators.map((i) => [i.code.toUpperCase(), i]));
  const statusOf = (raw: string): FigureStatus | null =>
    FIGURE_STATUSES.find((s) => s === raw || labels.status(s).some((l) => same(raw, l))) ?? null;
  const seen = new Map<number, UploadFigure>();
  const cell = (r: UploadRow, col: TemplateColumn): UploadCell => {
    const i = layout.columns[col];
    return i === undefined ? null : (r.cells[i] ?? null);
  };

  for (const r of layout.dataRows) {
    const code = text(cell(r, "code"));
    const raw = { value: cell(r, "value"), numerator: cell(r, "numerator"), denominator: cell(r, "denominator") };
    const hasFigure = [raw.value, raw.numerator, raw.denominator].some((c) => text(c) !== "");
    if (!hasFigure) continue; // a row left empty: nothing reported for this indicator
    const indicator = byCode.get(code.toUpperCase());
    if (!indicator) {
      problem(r.row, "code", "unknownIndicator", { code });
      continue;
    }
    if (!isEnterable(indicator)) {
      problem(r.row, "code", "derivedIndicator", { code });
      continue;
    }
    let ok = true;
    const number = (field: "value" | "numerator" | "denominator", decimals: number): number | null => {
      const c = cell(r, field);
      if (text(c) === "") return null;
      if (typeof c === "number") {
        // A number typed into Excel: only its precision can be wrong.
        if (!Number.isFinite(c) || roundTo(c, decimals) !== c) {
          problem(r.row, field, decimals === 0 ? "notInteger" : "number.too_many_decimals", { value: String(c), decimals });
          ok = false;
          return null;
        }
        if (c < 0) {
          problem(r.row, field, "number.negative", { value: String(c) });
          ok = false;
          return null;
        }
        return c;
      }
      const parsed = parseVietnameseNumber(String(c), { decimals });
      if (!parsed.ok) {
        problem(r.row, field, `number.${parsed.error}`, {
          value: String(c),
          suggestion: parsed.suggestion ?? "",
          alternative: parsed.alternative ?? "",
          decimals: parsed.decimals ?? decimals,
        });
        ok = false;
        return null;
      }
      return parsed.value;
    };

    let value: number | null;
    let numerator: number | null = null;
    let denominator: number | null = null;
    let statedValue: number | null = null;
    if (indicator.kind === "ratio") {
      numerator = number("numerator", 0);
      denominator = number("denominator", 0);
      const stated = number("value", indicator.decimals);
      if (ok && (numerator === null || denominator === null)) {
        problem(r.row, numerator === null ? "numerator" : "denominator", "ratioParts");
        ok = false;
      } else if (ok && denominator === 0) {
        problem(r.row, "denominator", "zeroDenominator");
        ok = false;
      } else if (ok && indicator.direction !== "lower" && numerator! > denominator!) {
        problem(r.row, "numerator", "numeratorExceeds");
        ok = false;
      }
      value = ok ? (numerator! / denominator!) * 100 : null;
      if (ok && stated !== null && !sameNumber(stated, value, indicator.decimals)) statedValue = stated;
    } else {
      value = number("value", indicator.decimals);
      if (ok && value === null) {
        problem(r.row, "value", "number.empty");
        ok = false;
      }
    }

    const current = context.current.get(indicator.id) ?? null;
    // "41.795" is 41 795 in official style, but an official who meant 41,795 would be 1000× off:
    // a figure a hundred times away from the stored one is refused until it is checked.
    if (ok && value !== null && indicator.kind !== "ratio" && current && current.value > 0 && value > 0) {
      const factor = Math.max(value / current.value, current.value / value);
      if (factor >= MAGNITUDE_FACTOR) {
        problem(r.row, "value", "magnitude", {
          value: typeof raw.value === "number" ? formatNumberInput(raw.value, indicator.decimals) : text(raw.value),
          current: formatNumberInput(current.value, indicator.decimals),
          factor: formatNumber(factor, 0),
        });
        ok = false;
      }
    }
    // The revision the figure had when the template was downloaded; blank in a file made by hand.
    const rawRevision = text(cell(r, "revision"));
    const downloadedRevision = parseRevision(rawRevision);
    if (rawRevision !== "" && downloadedRevision === null) {
      problem(r.row, "revision", "badRevision", { value: rawRevision });
      ok = false;
    }
    const rawStatus = text(cell(r, "status"));
    // A blank status keeps the stored one; a new figure without one is an estimate (ước), the usual case.
    let status: FigureStatus | null = rawStatus === "" ? (current?.status ?? "estimate") : statusOf(rawStatus);
    if (status === null) {
      problem(r.row, "status", "badStatus", { value: rawStatus });
      ok = false;
      status = "estimate";
    }
    if (!ok || value === null) continue;

    const note = text(cell(r, "note")) || null;
    const figure: UploadFigure = {
      row: r.row,
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      value,
      numerator,
      denominator,
      statedValue,
      status,
      note,
      current,
      change: "new",
    };
    const earlier = seen.get(indicator.id);
    if (earlier) {
      const identical =
        sameNumber(earlier.value, value, indicator.decimals) &&
        earlier.numerator === numerator &&
        earlier.denominator === denominator &&
        earlier.status === status;
      if (!identical) problem(r.row, "code", "conflict", { code: indicator.code, otherRow: earlier.row });
      continue;
    }
    if (current) {
      const unchanged =
        sameNumber(current.value, value, indicator.decimals) &&
        sameNumber(current.numerator, numerator, 0) &&
        sameNumber(current.denominator, denominator, 0) &&
        current.status === status &&
        (note === null || note === current.note);
      figure.change = unchanged ? "unchanged" : "changed";
    }
    // Someone saved this figure after the template was downloaded: the file's figure, even one the
    // official left as it was, would silently undo that change. Identical figures are no conflict.
    if (figure.change !== "unchanged" && downloadedRevision !== null && downloadedRevision !== (current?.revision ?? 0)) {
      problem(r.row, indicator.kind === "ratio" ? "numerator" : "value", "changedSinceDownload", {
        code: indicator.code,
        current: !current
          ? "—"
          : current.numerator !== null && current.denominator !== null
            ? `${formatNumberInput(current.numerator, 0)}/${formatNumberInput(current.denominator, 0)}`
            : formatNumberInput(current.value, indicator.decimals),
      });
      continue;
    }
    seen.set(indicator.id, figure);
    preview.figures.push(figure);
  }
  return preview;
}

/**
 * Only a file without problems may be saved, and only the figures it changes, each with the revision
 * the preview saw (0 for a new figure): the shape the data-entry branch's saveActuals takes, so that an
 * upload is saved through the same transaction, scope check, revisions and audit as manual entry.
 */
export function figuresToSave(preview: UploadPreview): (Omit<UploadFigure, "current" | "change" | "row" | "indicatorCode" | "statedValue"> & { expectedRevision: number })[] {
  if (preview.problems.length > 0) return [];
  return preview.figures
    .filter((f) => f.change !== "unchanged")
    .map(({ indicatorId, value, numerator, denominator, status, note, current }) => ({
      indicatorId,
      value,
      numerator,
      denominator,
      status,
      note,
      expectedRevision: current?.revision ?? 0,
    }));
}
