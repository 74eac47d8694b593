import { getTranslations } from "next-intl/server";
import type { IndicatorStatus } from "@/lib/domain";

// Colour and symbol for each status, defined once: the symbol keeps the status readable without colour.
export const STATUS_STYLE: Record<IndicatorStatus, { className: string; symbol: string }> = {
  exceeded: { className: "bg-emerald-100 text-emerald-900 ring-emerald-700", symbol: "▲" },
  achieved: { className: "bg-green-50 text-green-900 ring-green-700", symbol: "✓" },
  on_track: { className: "bg-amber-50 text-amber-900 ring-amber-700", symbol: "→" },
  not_achieved: { className: "bg-red-50 text-red-900 ring-red-700", symbol: "✗" },
};

export async function StatusBadge({ status }: { status: IndicatorStatus }) {
  const t = await getTranslations("common.indicatorStatus");
  const style = STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1 ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(status)}
    </span>
  );
}
