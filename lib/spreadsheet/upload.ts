// Reads and checks a filled entry template (.xlsx or CSV) before anything is saved: every problem
// with its row, column and a reason code (turned into Vietnamese by the catalogue), and for the
// rows without problems what would change and what the official must confirm. The figures are
// read by the entry form's own rules (lib/entry.ts); the layout by the one template reader.
// Pure; the caller reads the file and the current figures.
import { FIGURE_STATUSES, PERIODS, type FigureStatus, type Period } from "../domain";
import { figureWarnings, readFigure, readNote, type EntryIssue, type EntryWarning, type FigurePart } from "../entry";
import { formatNumberInput, parseRevision, readNumber, type NumberParseError } from "../numbers";
import { roundTo } from "../progress";
import type { IndicatorDef } from "../report";
import { parseYear } from "../year";
import { isEnterable, TEMPLATE_META, type CurrentFigure, type TemplateColumn, type TemplateMeta } from "./template";
import { cellOf, columnLetter, issueProblem, readTemplateLayout, same, text, type UploadCell, type UploadRow } from "./template-reader";

export { columnLetter, same, text, type UploadCell, type UploadRow } from "./template-reader";
export { parseRevision } from "../numbers";

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
  | "noteTooLong"
  | "controlChars"
  | `number.${NumberParseError}`;

export interface UploadProblem {
  row: number | null;
  /** Column letter as the spreadsheet shows it ("D"), null for problems of a whole row or file. */
  column: string | null;
  /** Which template column, to name it in the message. */
  field: TemplateColumn | TemplateMeta | null;
  code: UploadProblemCode;
  params: Record<string, string | number>;
  /** The entry form's refusal of the same figure, where the problem is one. */
  issue?: EntryIssue;
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

const REQUIRED_COLUMNS: readonly TemplateColumn[] = ["code", "value", "status", "numerator", "denominator"];

/** Finds the label/value lines and the header row; the problems are those of the file as a whole. */
export function readUploadLayout(rows: UploadRow[], labels: UploadLabels): UploadLayout {
  const found = readTemplateLayout(rows, { columns: labels.columns, required: REQUIRED_COLUMNS, meta: labels.meta });
  const layout: UploadLayout = {
    unitCode: null,
    year: null,
    period: null,
    headerRow: found.headerRow,
    columns: found.columns,
    dataRows: found.dataRows,
    problems: found.problems.map((p) => ({ ...p, column: null })),
  };
  if (found.headerRow === null) return layout;
  for (const field of TEMPLATE_META) {
    if (field === "unitName") continue;
    const m = found.meta[field];
    if (!m || m.value === "") {
      layout.problems.push({ row: m?.row ?? null, column: m ? "B" : null, field, code: "missingMeta", params: { field: labels.meta[field] } });
      continue;
    }
    if (field === "unitCode") layout.unitCode = m.value;
    if (field === "year") {
      layout.year = parseYear(m.value);
      if (layout.year === null) layout.problems.push({ row: m.row, column: "B", field, code: "badYear", params: { value: m.value } });
    }
    if (field === "period") {
      const p = PERIODS.find((p) => p === m.value || labels.period(p).some((l) => same(m.value, l)));
      if (p) layout.period = p;
      else layout.problems.push({ row: m.row, column: "B", field, code: "badPeriod", params: { value: m.value } });
    }
  }
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
  /** What the official must confirm before saving it, as on the entry form. */
  warnings: EntryWarning[];
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
  /** The previous period's and last year's figures by indicator, for the entry form's warnings. */
  references?: Map<number, { previousPeriod: number | null; samePeriodLastYear: number | null; planNow?: number | null }>;
}

/** Equal at the indicator's precision: what was downloaded and uploaded again is the same figure. */
function sameNumber(a: number | null, b: number | null, decimals: number): boolean {
  if (a === null || b === null) return a === b;
  return roundTo(a, decimals) === roundTo(b, decimals);
}

export function validateUpload(layout: UploadLayout, labels: UploadLabels, context: UploadContext): UploadPreview {
  const preview: UploadPreview = { unitCode: layout.unitCode, year: layout.year, period: layout.period, problems: [...layout.problems], figures: [] };
  const problem = (row: number | null, field: TemplateColumn | TemplateMeta | null, code: UploadProblemCode, params: Record<string, string | number> = {}, issue?: EntryIssue) => {
    const index = field && field in layout.columns ? layout.columns[field as TemplateColumn] : undefined;
    const column = field === "unitCode" ? "B" : index !== undefined ? columnLetter(index) : null;
    preview.problems.push({ row, column, field, code, params, ...(issue ? { issue } : {}) });
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
  const cell = (r: UploadRow, col: TemplateColumn): UploadCell => cellOf(layout, r, col);

  for (const r of layout.dataRows) {
    const code = text(cell(r, "code"));
    const cells = { value: cell(r, "value"), numerator: cell(r, "numerator"), denominator: cell(r, "denominator") };
    if (Object.values(cells).every((c) => text(c) === "")) continue; // a row left empty: nothing reported for this indicator
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
    const refuse = (field: TemplateColumn, issue: EntryIssue, c: UploadCell) => {
      const { code, params } = issueProblem(issue, c);
      problem(r.row, field, code as UploadProblemCode, params, issue);
      ok = false;
    };

    // A ratio's value column may state the document's own percentage; the figure is numerator / denominator.
    const reading = readFigure(indicator, indicator.kind === "ratio" ? { numerator: cells.numerator, denominator: cells.denominator } : { value: cells.value });
    if (reading.kind === "refused") for (const [part, issue] of Object.entries(reading.issues)) refuse(part as FigurePart, issue, cells[part as FigurePart]);
    // Only the stated value of a ratio, or only a ratio's parts for another indicator: nothing the figure can be read from.
    if (reading.kind === "blank") {
      if (indicator.kind === "ratio") refuse("numerator", { code: "ratio_incomplete" }, null);
      else refuse("value", { code: "number", error: "empty", decimals: indicator.decimals }, null);
    }
    let statedValue: number | null = null;
    if (indicator.kind === "ratio" && text(cells.value) !== "") {
      const stated = readNumber(typeof cells.value === "number" ? cells.value : text(cells.value), { decimals: indicator.decimals, maxAbs: 100 });
      if (!stated.ok) refuse("value", { code: "number", error: stated.error, suggestion: stated.suggestion, alternative: stated.alternative, decimals: stated.decimals ?? indicator.decimals }, cells.value);
      else if (reading.kind === "figure" && !sameNumber(stated.value, reading.value, indicator.decimals)) statedValue = stated.value;
    }

    const current = context.current.get(indicator.id) ?? null;
    // The revision the figure had when the template was downloaded; blank in a file made by hand.
    const rawRevision = text(cell(r, "revision"));
    const downloadedRevision = parseRevision(rawRevision);
    if (rawRevision !== "" && downloadedRevision === null) {
      problem(r.row, "revision", "badRevision", { value: rawRevision });
      ok = false;
    }
    const rawStatus = text(cell(r, "status"));
    // A blank status keeps the stored one; a new figure without one is an estimate (ước), the usual case.
    const status: FigureStatus | null = rawStatus === "" ? (current?.status ?? "estimate") : statusOf(rawStatus);
    if (status === null) {
      problem(r.row, "status", "badStatus", { value: rawStatus });
      ok = false;
    }
    const noteRead = readNote(text(cell(r, "note")));
    if (!noteRead.ok) refuse("note", noteRead.issue, null);
    if (!ok || reading.kind !== "figure" || status === null || !noteRead.ok) continue;

    const { value, numerator, denominator } = reading;
    const note = noteRead.note;
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
      warnings: [],
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
    if (figure.change !== "unchanged") {
      const refs = context.references?.get(indicator.id);
      figure.warnings = figureWarnings(indicator, { value, status }, { current, previousPeriod: refs?.previousPeriod ?? null, samePeriodLastYear: refs?.samePeriodLastYear ?? null, planNow: refs?.planNow ?? null });
    }
    seen.set(indicator.id, figure);
    preview.figures.push(figure);
  }
  return preview;
}

/**
 * Only a file without problems may be saved, and only the figures it changes, each with the revision
 * the preview saw (0 for a new figure) and the warnings it drew: the shape saveActuals takes, so that
 * an upload is saved through the same transaction, scope check, revisions and audit as manual entry.
 */
export function figuresToSave(preview: UploadPreview) {
  if (preview.problems.length > 0) return [];
  return preview.figures
    .filter((f) => f.change !== "unchanged")
    .map(({ indicatorId, value, numerator, denominator, status, note, current, warnings }) => ({
      indicatorId,
      value,
      numerator,
      denominator,
      status,
      // A blank note in the file keeps the stored one, as the preview says.
      note: note ?? current?.note ?? null,
      expectedRevision: current?.revision ?? 0,
      ...(warnings.length > 0 ? { warnings: warnings.map((w) => w.code) } : {}),
    }));
}
