import type { FigureStatus } from "@/lib/domain";

// Colour of a figure's status (ước, sơ bộ, chính thức), defined once for the entry form and the history.
export const FIGURE_STATUS_STYLE: Record<FigureStatus, string> = {
  estimate: "bg-amber-50 text-amber-900 ring-amber-700",
  preliminary: "bg-sky-50 text-sky-900 ring-sky-700",
  official: "bg-emerald-50 text-emerald-900 ring-emerald-700",
};
