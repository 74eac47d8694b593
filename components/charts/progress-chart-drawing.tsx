"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/lib/chart-series";
import { isProvisional, type Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";
import { AXIS_TEXT, chartHeight, GRID_STROKE, SERIES, valueTicks, type SeriesKey } from "./series-style";

/** A marked point of the actual line; tests and screen-reader-free checks find it by its data attribute. */
function ActualDot(props: { cx?: number; cy?: number; index?: number; value?: unknown; payload?: ChartPoint }) {
  const { cx, cy, index, value, payload } = props;
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={index} />;
  const provisional = isProvisional(payload?.figureStatus);
  return (
    <circle
      key={index}
      cx={cx}
      cy={cy}
      r={provisional ? 5 : 4}
      fill={provisional ? "#fff" : "#b91c1c"}
      stroke="#b91c1c"
      strokeWidth={provisional ? 2 : 1}
      data-series="actual"
      data-provisional={provisional || undefined}
    />
  );
}

/**
 * The interactive chart (tooltips with each figure), drawn with recharts in the same series styles
 * as the server-drawn one it replaces. Loaded by ProgressChart (progress-chart.tsx) in its own
 * chunk, only when an official reaches for the chart.
 */
export default function ProgressChartDrawing({
  points,
  decimals,
  measure,
  yMax,
  compact,
}: {
  points: ChartPoint[];
  decimals: number;
  measure: string;
  yMax?: number;
  compact: boolean;
}) {
  const t = useTranslations("chart");
  const tPeriod = useTranslations("common.period");
  const locale = useLocale() as Locale;
  const fmt = (v: unknown) => (typeof v === "number" ? formatNumber(v, decimals, locale) : "—");
  const axis = (v: number) => formatNumber(v, Math.abs(v) >= 100 ? 0 : Math.min(decimals, 2), locale);
  const data = points.map((p) => ({ ...p, name: tPeriod(p.period) }));
  const ticks = valueTicks(points, decimals, yMax);
  const names = Object.fromEntries(SERIES.map((series) => [series.key, t(`series.${series.key}`)])) as Record<SeriesKey, string>;
  return (
    <ComposedChart
      responsive
      accessibilityLayer={false}
      data={data}
      style={{ width: "100%", height: chartHeight(compact) }}
      margin={{ top: 8, right: 12, bottom: 4, left: compact ? 0 : 8 }}
    >
      <CartesianGrid stroke={GRID_STROKE} vertical={false} />
      {/* No axis lines and a small inset at both ends, as the server-drawn chart: taking over does not move the lines. */}
      <XAxis dataKey="name" tick={{ fontSize: 12, fill: AXIS_TEXT }} axisLine={false} tickLine={false} padding={{ left: 24, right: 24 }} />
      <YAxis
        tickFormatter={axis}
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        width={compact ? 48 : 64}
        axisLine={false}
        tickLine={false}
        tick={{ fontSize: 12, fill: AXIS_TEXT }}
        label={compact ? undefined : { value: measure, angle: -90, position: "insideLeft", fontSize: 12, fill: AXIS_TEXT }}
      />
      <Tooltip formatter={(value, name) => [`${fmt(value)} ${measure}`, name]} />
      {/* The legend draws each line's dash pattern, and a dot where the line has points, so no series is told by colour alone. */}
      {/* In the series' own order, as the server-drawn legend (recharts sorts by name by default). */}
      <Legend itemSorter={null} wrapperStyle={{ fontSize: compact ? 11 : 12 }} />
      {SERIES.map((series) => (
        <Line
          key={series.key}
          legendType={series.dot === "none" ? "plainline" : "line"}
          name={names[series.key]}
          dataKey={series.key}
          stroke={series.stroke}
          strokeWidth={series.strokeWidth}
          strokeDasharray={series.dash}
          connectNulls={series.connectNulls}
          dot={series.dot === "actual" ? ActualDot : series.dot === "none" ? false : { r: 3, fill: series.dot === "hollow" ? "#fff" : series.stroke }}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}
