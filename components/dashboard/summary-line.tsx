import { getTranslations } from "next-intl/server";
import { STATUS_STYLE } from "@/components/status/status-style";
import type { Period } from "@/lib/domain";
import { summaryParts } from "@/lib/dashboard";
import type { StatusSummary } from "@/lib/report";
import { verdictLabel } from "@/lib/verdict";

/**
 * "5 chỉ tiêu, đã báo cáo 4/5: 3 vượt tiến độ, 1 chậm tiến độ, 1 chưa báo cáo", as officials say it;
 * or the same of a unit's children by their headline (worst) verdict: "8 đơn vị: 2 vượt tiến độ, …".
 */
export async function SummaryLine({ summary, period, of = "indicators" }: { summary: StatusSummary; period: Period; of?: "indicators" | "units" }) {
  const t = await getTranslations("dashboard.summary");
  const tAll = await getTranslations();
  const parts = summaryParts(summary);
  return (
    <p className={of === "indicators" ? "text-lg" : undefined} data-testid={of === "indicators" ? "status-summary" : "children-summary"}>
      <span className="font-semibold">{t(of, { count: summary.total })}</span>
      {of === "indicators" && <span data-testid="reported-count">{t("reported", { reported: summary.reported, total: summary.total })}</span>}
      {parts.length > 0 && ": "}
      {parts.map((p, i) => (
        <span key={p.status} data-status={p.status} data-count={p.count}>
          {i > 0 && ", "}
          <span aria-hidden="true" style={{ color: STATUS_STYLE[p.status].fill }}>
            {STATUS_STYLE[p.status].symbol}{" "}
          </span>
          {p.count} {verdictLabel(tAll, p.status, period).toLocaleLowerCase("vi")}
        </span>
      ))}
      {summary.unjudged > 0 && <span className="text-slate-600">{t(of === "indicators" ? "unjudged" : "unitsUnjudged", { count: summary.unjudged })}</span>}
    </p>
  );
}
