// The raw figures of a unit as a Sheet: one row per indicator and period, as stored.
import type { FigureSource, FigureStatus, Period } from "../domain";
import type { Cell, Sheet } from "./sheet";

export interface FigureRow {
  indicatorCode: string;
  indicatorName: string;
  measure: string;
  decimals: number;
  year: number;
  period: Period;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  source: FigureSource;
}

export interface FiguresSheetText {
  sheetName: string;
  title: string[];
  columns: Record<"code" | "indicator" | "measure" | "year" | "period" | "value" | "numerator" | "denominator" | "status" | "source", string>;
  period: (p: Period) => string;
  status: (s: FigureStatus) => string;
  source: (s: FigureSource) => string;
}

export function figuresSheet(figures: FigureRow[], text: FiguresSheetText): Sheet {
  const c = text.columns;
  const rows: Cell[][] = figures.map((f) => [
    f.indicatorCode,
    f.indicatorName,
    f.measure,
    // A year is a label, not an amount: as text it is never shown as "2.024".
    String(f.year),
    text.period(f.period),
    f.value,
    f.numerator,
    f.denominator,
    text.status(f.status),
    text.source(f.source),
  ]);
  const decimals = figures.map((f) => f.decimals);
  return {
    name: text.sheetName,
    title: text.title,
    columns: [
      { header: c.code, width: 16 },
      { header: c.indicator, width: 44 },
      { header: c.measure, width: 16 },
      { header: c.year, width: 8 },
      { header: c.period, width: 12 },
      { header: c.value, width: 14, decimalsByRow: decimals },
      { header: c.numerator, width: 12, decimals: 0 },
      { header: c.denominator, width: 12, decimals: 0 },
      { header: c.status, width: 14 },
      { header: c.source, width: 30 },
    ],
    rows,
  };
}
