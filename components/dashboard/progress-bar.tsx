import type { IndicatorStatus } from "@/lib/domain";
import type { ProgressGeometry } from "@/lib/dashboard";
import { STATUS_STYLE } from "@/components/status/status-style";

/**
 * Actual against plan as a bar, with a solid line for the plan and a dashed one for "expected by
 * now". Decorative: the same figures are written out beside it, so it is hidden from screen readers.
 */
export function ProgressBar({ geometry, status }: { geometry: ProgressGeometry; status: IndicatorStatus | null }) {
  const fill = status ? STATUS_STYLE[status].fill : "#64748b";
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const actual = pct(geometry.actual);
  // The actual as the track's own background: one element fewer per indicator.
  return (
    <div
      aria-hidden="true"
      className="relative mr-3 mt-2 h-3 rounded-sm bg-slate-200"
      style={{ backgroundImage: `linear-gradient(90deg, ${fill} ${actual}, transparent ${actual})` }}
    >
      {geometry.expected !== null && (
        <div className="absolute -inset-y-1 w-0 border-l-2 border-dashed border-slate-900" style={{ left: pct(geometry.expected) }} />
      )}
      <div className="absolute -inset-y-1.5 w-0.5 bg-slate-900" style={{ left: pct(geometry.plan) }} />
      {geometry.overflow && <span className="absolute -right-3 -top-1.5 text-xs text-slate-900">▸</span>}
    </div>
  );
}
