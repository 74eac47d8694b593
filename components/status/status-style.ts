import type { IndicatorStatus } from "@/lib/domain";

// Colour and symbol for each status, defined once for server and client components: the symbol
// keeps the status readable without colour. `fill` is the colour of bars and chart marks.
export const STATUS_STYLE: Record<IndicatorStatus, { className: string; symbol: string; fill: string }> = {
  exceeded: { className: "bg-emerald-100 text-emerald-900 ring-emerald-700", symbol: "▲", fill: "#047857" },
  achieved: { className: "bg-green-50 text-green-900 ring-green-700", symbol: "✓", fill: "#15803d" },
  on_track: { className: "bg-amber-50 text-amber-900 ring-amber-700", symbol: "→", fill: "#b45309" },
  not_achieved: { className: "bg-red-50 text-red-900 ring-red-700", symbol: "✗", fill: "#b91c1c" },
};
