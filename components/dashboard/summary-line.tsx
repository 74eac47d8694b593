import { getTranslations } from "next-intl/server";
import { STATUS_STYLE } from "@/components/status/status-style";
import { summaryParts } from "@/lib/dashboard";
import type { StatusSummary } from "@/lib/report";

/**
 * "24 chỉ tiêu: 12 vượt, 8 đạt, 2 đúng hướng, 2 chưa đạt", as officials say it; or the same of a
 * unit's children by their headline status: "168 đơn vị: 20 vượt, …".
 */
export async function SummaryLine({ summary, of = "indicators" }: { summary: StatusSummary; of?: "indicators" | "units" }) {
  const t = await getTranslations("dashboard.summary");
  const tStatus = await getTranslations("common.indicatorStatus");
  const parts = summaryParts(summary);
  return (
    <p className={of === "indicators" ? "text-lg" : undefined} data-testid={of === "indicators" ? "status-summary" : "children-summary"}>
      <span className="font-semibold">{t(of, { count: summary.total })}</span>
      {parts.length > 0 && ": "}
      {parts.map((p, i) => (
        <span key={p.status} data-status={p.status} data-count={p.count}>
          {i > 0 && ", "}
          <span aria-hidden="true" style={{ color: STATUS_STYLE[p.status].fill }}>
            {STATUS_STYLE[p.status].symbol}{" "}
          </span>
          {p.count} {tStatus(p.status).toLocaleLowerCase("vi")}
        </span>
      ))}
      {summary.unjudged > 0 && <span className="text-slate-600">{t(of === "indicators" ? "unjudged" : "unitsUnjudged", { count: summary.unjudged })}</span>}
    </p>
  );
}
