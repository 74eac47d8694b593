// The comparison variant as a Sheet: a heading row per indicator, a row per unit.
import type { ComparisonLine } from "./comparison-rows";
import type { ReportNote } from "./report-rows";
import { planCell } from "./report-sheet";
import type { Cell, Sheet } from "./sheet";

export interface ComparisonSheetText {
  sheetName: string;
  title: string[];
  columns: Record<"number" | "unit" | "measure" | "samePeriod" | "planHigher" | "planCouncil" | "actual" | "percentOfPlan" | "percentOfSamePeriod" | "notes", string>;
  indicatorHeading: (number: number, indicator: string, measure: string) => string;
  note: (note: ReportNote) => string;
}


export function comparisonSheet(lines: ComparisonLine[], text: ComparisonSheetText): Sheet {
  const c = text.columns;
  const rows: Cell[][] = [];
  const decimals: (number | null)[] = [];
  const emphasised: number[] = [];
  for (const line of lines) {
    if (line.kind === "indicator") {
      emphasised.push(rows.length);
      rows.push([line.number, text.indicatorHeading(line.number, line.indicator.nameVi, line.indicator.measureVi), null, null, null, null, null, null, null, null]);
      decimals.push(null);
      continue;
    }
    rows.push([
      line.number,
      line.unit.name,
      line.indicator.measureVi,
      line.samePeriod,
      planCell(line.planHigher),
      planCell(line.planCouncil),
      line.actual,
      line.percentOfPlan,
      line.percentOfSamePeriod,
      line.notes.map(text.note).join("; ") || null,
    ]);
    decimals.push(line.indicator.decimals);
  }
  return {
    name: text.sheetName,
    title: text.title,
    columns: [
      { header: c.number, width: 6 },
      { header: c.unit, width: 36 },
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
  };
}
