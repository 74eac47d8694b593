"use client";

import { lazy, Suspense, useState } from "react";
import type { ChartPoint } from "@/lib/chart-series";
import { chartHeight } from "./series-style";

// recharts is most of a chart page's JavaScript: it is fetched, in its own chunk, only when an
// official points at or touches a chart, for the tooltips with each figure; the figures table
// below every chart serves the keyboard and screen readers.
const loadDrawing = () => import("./progress-chart-drawing");
const ProgressChartDrawing = lazy(loadDrawing);

/**
 * Cumulative actual against the plan line, the expected pace, last year and the projection.
 * `children` is the same chart drawn on the server (StaticProgressChart), shown from the first
 * paint; the interactive drawing replaces it in the same fixed-height frame, so nothing moves. The
 * same figures are in the server-rendered table beside it, which is what screen readers get.
 */
export function ProgressChart({
  points,
  decimals,
  measure,
  label,
  yMax,
  compact = false,
  children,
}: {
  points: ChartPoint[];
  decimals: number;
  measure: string;
  /** What the chart shows, in words: the accessible name of the image. */
  label: string;
  /** A shared upper bound, so that small multiples compare. */
  yMax?: number;
  compact?: boolean;
  children: React.ReactNode;
}) {
  const [interactive, setInteractive] = useState(false);
  const activate = () => {
    if (interactive) return;
    void loadDrawing();
    setInteractive(true);
  };
  return (
    <div
      role="img"
      aria-label={label}
      className="w-full"
      style={{ height: chartHeight(compact) }}
      data-interactive={interactive || undefined}
      // Over, not enter: a pointer already resting on the chart when the page became interactive counts as soon as it moves.
      onPointerOver={activate}
      onPointerDown={activate}
    >
      {interactive ? (
        <Suspense fallback={children}>
          <ProgressChartDrawing points={points} decimals={decimals} measure={measure} yMax={yMax} compact={compact} />
        </Suspense>
      ) : (
        children
      )}
    </div>
  );
}
