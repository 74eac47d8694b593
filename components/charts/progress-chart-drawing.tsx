"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/lib/chart-series";
import type { Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";

/** A marked point of the actual line; tests and screen-reader-free checks find it by its data attribute. */
function ActualDot(props: { cx?: number; cy?: number; index?: number; value?: unknown; payload?: ChartPoint }) {
  const { cx, cy, index, value, payload } = props;
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={index} />;
  // An estimate (ước) or preliminary figure is drawn hollow: not yet the official figure.
  const provisional = payload?.figureStatus === "estimate" || payload?.figureStatus === "preliminary";
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
 * Cumulative actual against the plan line, the expected pace, last year and the projection.
 * Each series has its own dash pattern and marker, so the chart reads without colour; the same
 * figures are in the table beside it, which is what screen readers get.
 */
export function ProgressChart({
  points,
  decimals,
  measure,
  label,
  yMax,
  compact = false,
  lazy = false,
}: {
  points: ChartPoint[];
  decimals: number;
  measure: string;
  /** What the chart shows, in words: the accessible name of the image. */
  label: string;
  /** A shared upper bound, so that small multiples compare. */
  yMax?: number;
  compact?: boolean;
  /** Draw only once scrolled near the viewport: a page of small multiples stays responsive on a phone. */
  lazy?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(!lazy);
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: "200px" });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  const t = useTranslations("chart");
  const tPeriod = useTranslations("common.period");
  const locale = useLocale() as Locale;
  const fmt = (v: unknown) => (typeof v === "number" ? formatNumber(v, decimals, locale) : "—");
  const axis = (v: number) => formatNumber(v, Math.abs(v) >= 100 ? 0 : Math.min(decimals, 2), locale);
  const data = points.map((p) => ({ ...p, name: tPeriod(p.period) }));
  return (
    <div ref={ref} role="img" aria-label={label} className="w-full" style={{ minHeight: compact ? 250 : 340 }}>
      {visible && (
        <ComposedChart
          responsive
          accessibilityLayer={false}
          data={data}
          style={{ width: "100%", height: compact ? 250 : 340 }}
          margin={{ top: 8, right: 12, bottom: 4, left: compact ? 0 : 8 }}
        >
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis
            tickFormatter={axis}
            domain={[0, yMax ?? "auto"]}
            width={compact ? 48 : 64}
            tick={{ fontSize: 12, fill: "#334155" }}
            label={compact ? undefined : { value: measure, angle: -90, position: "insideLeft", fontSize: 12, fill: "#334155" }}
          />
          <Tooltip formatter={(value, name) => [`${fmt(value)} ${measure}`, name]} />
          {/* The legend draws each line's dash pattern, and a dot where the line has points, so no series is told by colour alone. */}
          <Legend wrapperStyle={{ fontSize: compact ? 11 : 12 }} />
          <Line legendType="plainline" name={t("series.plan")} dataKey="plan" stroke="#0f172a" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line
            legendType="plainline"
            name={t("series.expected")}
            dataKey="expected"
            stroke="#475569"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            legendType="line"
            name={t("series.lastYear")}
            dataKey="lastYear"
            stroke="#7c3aed"
            strokeDasharray="2 3"
            dot={{ r: 3, fill: "#fff" }}
            isAnimationActive={false}
          />
          <Line
            legendType="line"
            name={t("series.projection")}
            dataKey="projection"
            stroke="#b45309"
            strokeDasharray="10 4"
            connectNulls
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Line
            legendType="line"
            name={t("series.actual")}
            dataKey="actual"
            stroke="#b91c1c"
            strokeWidth={3}
            dot={ActualDot}
            isAnimationActive={false}
          />
        </ComposedChart>
      )}
    </div>
  );
}
