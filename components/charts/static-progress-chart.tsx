import { getLocale, getTranslations } from "next-intl/server";
import type { ChartPoint } from "@/lib/chart-series";
import { isProvisional, type Locale } from "@/lib/domain";
import { formatNumber } from "@/lib/numbers";
import { AXIS_TEXT, GRID_STROKE, SERIES, valueTicks } from "./series-style";

/** Width of the value axis's labels. */
const AXIS_WIDTH = 48;

/**
 * The progress chart drawn on the server as plain SVG: the same series, dash patterns, markers and
 * legend as the interactive chart, with no JavaScript, so a phone shows it at the first paint.
 * Positions are percentages of the plot, so it fits any width without knowing it in advance.
 */
export async function StaticProgressChart({ points, decimals, measure, yMax, compact }: { points: ChartPoint[]; decimals: number; measure: string; yMax?: number; compact: boolean }) {
  const t = await getTranslations("chart");
  const tPeriod = await getTranslations("common.period");
  const locale = (await getLocale()) as Locale;
  const ticks = valueTicks(points, decimals, yMax);
  const top = ticks.at(-1)!;
  // 6% headroom above the top tick, so that its label and the highest dot are not cut.
  const y = (v: number) => `${(100 - (v / top) * 94).toFixed(2)}%`;
  // Periods from edge to edge of the plot, as recharts lays out a category axis, with a small inset for the dots.
  const x = (i: number) => `${(6 + (points.length > 1 ? i / (points.length - 1) : 0.5) * 88).toFixed(2)}%`;
  const axisLabel = (v: number) => formatNumber(v, Math.abs(v) >= 100 ? 0 : Math.min(decimals, 2), locale);
  const fontSize = compact ? 11 : 12;

  const segments = SERIES.map((series) => {
    const defined = points.map((p, i) => ({ i, v: p[series.key] })).filter((d): d is { i: number; v: number } => d.v !== null);
    const pairs = defined.slice(1).map((d, k) => [defined[k]!, d] as const).filter(([a, b]) => series.connectNulls || b.i === a.i + 1);
    return { series, defined, pairs };
  });

  return (
    <div className="flex h-full flex-col" style={{ fontSize }} data-drawing="static">
      <div className="flex min-h-0 flex-1 pt-2">
        {!compact && (
          <span className="w-4 shrink-0 self-center whitespace-nowrap" style={{ writingMode: "vertical-rl", transform: "rotate(180deg)", color: AXIS_TEXT }}>
            {measure}
          </span>
        )}
        <svg width={AXIS_WIDTH} className="h-full shrink-0 overflow-visible" aria-hidden="true">
            {ticks.map((v) => (
              <text key={v} x="100%" dx={-6} y={y(v)} textAnchor="end" dominantBaseline="middle" fill={AXIS_TEXT}>
                {axisLabel(v)}
              </text>
          ))}
        </svg>
        <svg className="h-full min-w-0 flex-1 overflow-visible" aria-hidden="true">
          {ticks.map((v) => (
            <line key={v} x1="0" x2="100%" y1={y(v)} y2={y(v)} stroke={GRID_STROKE} />
          ))}
          {segments.map(({ series, pairs }) =>
            pairs.map(([a, b]) => (
              <line
                key={`${series.key}-${a.i}`}
                x1={x(a.i)}
                y1={y(a.v)}
                x2={x(b.i)}
                y2={y(b.v)}
                stroke={series.stroke}
                strokeWidth={series.strokeWidth}
                strokeDasharray={series.dash}
                strokeLinecap="round"
              />
            )),
          )}
          {segments.map(({ series, defined }) =>
            defined.map(({ i, v }) => {
              if (series.dot === "none") return null;
              if (series.dot !== "actual") {
                return <circle key={`${series.key}-${i}`} cx={x(i)} cy={y(v)} r={3} fill={series.dot === "hollow" ? "#fff" : series.stroke} stroke={series.stroke} />;
              }
              const provisional = isProvisional(points[i]?.figureStatus);
              return (
                <circle
                  key={`${series.key}-${i}`}
                  cx={x(i)}
                  cy={y(v)}
                  r={provisional ? 5 : 4}
                  fill={provisional ? "#fff" : series.stroke}
                  stroke={series.stroke}
                  strokeWidth={provisional ? 2 : 1}
                  data-series="actual"
                  data-provisional={provisional || undefined}
                />
              );
            }),
          )}
        </svg>
      </div>
      <div className="flex" aria-hidden="true">
        <span className="shrink-0" style={{ width: AXIS_WIDTH + (compact ? 0 : 16) }} />
        <span className="relative h-6 min-w-0 flex-1">
          {points.map((p, i) => (
            <span key={p.period} className="absolute top-1 -translate-x-1/2 whitespace-nowrap" style={{ left: x(i), color: AXIS_TEXT }}>
              {tPeriod(p.period)}
            </span>
          ))}
        </span>
      </div>
      {/* The legend draws each line's dash pattern, and a dot where the line has points, so no series is told by colour alone. */}
      {/* A fixed height, so that nothing moves when the interactive chart takes over: three lines where a small multiple's five series wrap, one on a wide chart. */}
      <ul
        className={`flex h-14 flex-wrap content-start justify-center gap-x-3 gap-y-0.5 overflow-hidden leading-4 ${compact ? "" : "md:h-7"}`}
        data-testid="chart-legend"
      >
        {SERIES.map((series) => (
          <li key={series.key} className="inline-flex items-center gap-1" data-series={series.key}>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="21" y2="5" stroke={series.stroke} strokeWidth={Math.min(series.strokeWidth, 2)} strokeDasharray={series.dash} />
              {series.dot !== "none" && <circle cx="11" cy="5" r={3} fill={series.dot === "hollow" ? "#fff" : series.stroke} stroke={series.stroke} />}
            </svg>
            {t(`series.${series.key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
