// The standard report as a Sheet for .xlsx and CSV: the same lines the printed report shows.
import type { IndicatorGroup } from "../domain";
import type { PlanFigure } from "../report";
import type { ReportLine, ReportNote } from "./report-rows";
import { COMPARATOR_PREFIX } from "../plan-format";
import { usedNotes } from "./report-rows";
import type { Cell, Sheet } from "./sheet";

export interface ReportSheetText {
  sheetName: string;
  title: string[];
  columns: Record<
    "number" | "indicator" | "measure" | "samePeriod" | "planHigher" | "planCouncil" | "actual" | "percentOfPlan" | "percentOfSamePeriod" | "notes",
    string
  >;
  group: (group: IndicatorGroup) => string;
  /** Short text in the Ghi chú column. */
  note: (note: ReportNote) => string;
  /** Explanation under the table. */
  footnote: (note: ReportNote) => string;
  /** "đến" in a range "7,5 đến 8". */
  rangeTo: string;
}


/** A plan as a cell: its number, with ≥ or ≤ as a prefix of the number format. */
export function planCell(plan: PlanFigure | null): Cell {
  if (!plan) return null;
  return COMPARATOR_PREFIX[plan.comparator] ? { value: plan.value, prefix: COMPARATOR_PREFIX[plan.comparator] } : plan.value;
}

export function reportSheet(lines: ReportLine[], text: ReportSheetText): Sheet {
  const c = text.columns;
  const rows: Cell[][] = [];
  const decimals: (number | null)[] = [];
  const emphasised: number[] = [];
  for (const line of lines) {
    if (line.kind === "group") {
      emphasised.push(rows.length);
      rows.push([line.number, text.group(line.group), null, null, null, null, null, null, null, null]);
      decimals.push(null);
      continue;
    }
    const rangeNotes = [line.planHigher, line.planCouncil]
      .filter((p): p is PlanFigure => p?.comparator === "range" && p.valueMax !== null)
      .map((p) => `${text.rangeTo} ${p.valueMax}`);
    rows.push([
      line.number,
      line.indicator.nameVi,
      line.indicator.measureVi,
      line.samePeriod,
      planCell(line.planHigher),
      planCell(line.planCouncil),
      line.actual,
      line.percentOfPlan,
      line.percentOfSamePeriod,
      [...line.notes.map(text.note), ...rangeNotes].join("; ") || null,
    ]);
    decimals.push(line.indicator.decimals);
  }
  return {
    name: text.sheetName,
    title: text.title,
    columns: [
      { header: c.number, width: 6 },
      { header: c.indicator, width: 48 },
      { header: c.measure, width: 16 },
      { header: c.samePeriod, width: 14, decimalsByRow: decimals },
      { header: c.planHigher, width: 14, decimalsByRow: decimals },
      { header: c.planCouncil, width: 14, decimalsByRow: decimals },
      { header: c.actual, width: 14, decimalsByRow: decimals },
      { header: c.percentOfPlan, width: 10, decimals: 1, percent: true },
      { header: c.percentOfSamePeriod, width: 10, decimals: 1, percent: true },
      { header: c.notes, width: 36 },
    ],
    rows,
    emphasised,
    footer: usedNotes(lines).map(text.footnote),
  };
}
