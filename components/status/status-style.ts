import type { Verdict } from "@/lib/verdict";

// Colour and symbol for each verdict, defined once for server and client components: the symbol
// keeps the verdict readable without colour. `fill` is the colour of bars and chart marks. Every
// colour on a figure comes from here, so it follows the verdict, never the raw percentage.
export const STATUS_STYLE: Record<Verdict, { className: string; symbol: string; fill: string }> = {
  exceeded: { className: "bg-emerald-100 text-emerald-900 ring-emerald-700", symbol: "▲", fill: "#047857" },
  achieved: { className: "bg-green-50 text-green-900 ring-green-700", symbol: "✓", fill: "#15803d" },
  not_achieved: { className: "bg-red-50 text-red-900 ring-red-700", symbol: "✗", fill: "#b91c1c" },
  not_reported: { className: "bg-slate-100 text-slate-800 ring-slate-500", symbol: "–", fill: "#64748b" },
};
