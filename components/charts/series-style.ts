import { axisTicks, type ChartPoint } from "@/lib/chart-series";

export type SeriesKey = "plan" | "expected" | "lastYear" | "projection" | "actual";

/**
 * How each series of a progress chart is drawn, in the server-drawn chart and in the interactive
 * one alike: its own dash pattern and, where the line has points, a marker, so that no series is
 * told by colour alone. Drawing order: the actual last, on top.
 */
export const SERIES: readonly {
  key: SeriesKey & keyof ChartPoint;
  stroke: string;
  strokeWidth: number;
  dash?: string;
  /** Points drawn on the line: hollow dots, filled dots, or the actual's own marker. */
  dot: "none" | "hollow" | "filled" | "actual";
  /** Lines across periods without a figure (the projection's jump from the last report to year end). */
  connectNulls: boolean;
}[] = [
  { key: "plan", stroke: "#0f172a", strokeWidth: 1.5, dot: "none", connectNulls: false },
  { key: "expected", stroke: "#475569", strokeWidth: 1, dash: "6 4", dot: "none", connectNulls: false },
  { key: "lastYear", stroke: "#7c3aed", strokeWidth: 1, dash: "2 3", dot: "hollow", connectNulls: false },
  { key: "projection", stroke: "#b45309", strokeWidth: 1, dash: "10 4", dot: "filled", connectNulls: true },
  { key: "actual", stroke: "#b91c1c", strokeWidth: 3, dot: "actual", connectNulls: false },
];

export const AXIS_TEXT = "#334155";
export const GRID_STROKE = "#e2e8f0";

/** Heights of the chart's frame: fixed, so that nothing moves when a drawing replaces another. */
export function chartHeight(compact: boolean): number {
  return compact ? 250 : 340;
}

/** The value axis of a chart: round ticks from 0 to the shared bound, or to the chart's own largest figure. */
export function valueTicks(points: ChartPoint[], decimals: number, yMax?: number): number[] {
  if (yMax !== undefined) return axisTicks(yMax, { decimals });
  let max = 0;
  for (const p of points) for (const s of SERIES) if (p[s.key] !== null && p[s.key]! > max) max = p[s.key]!;
  return axisTicks(max, { decimals });
}
