import { getTranslations } from "next-intl/server";
import { STATUS_STYLE } from "@/components/status/status-style";
import { summaryParts } from "@/lib/dashboard";
import type { StatusSummary } from "@/lib/report";

/** "24 chỉ tiêu: 12 vượt, 8 đạt, 2 đúng hướng, 2 chưa đạt", as officials say it. */
export async function SummaryLine({ summary }: { summary: StatusSummary }) {
  const t = await getTranslations("dashboard.summary");
  const tStatus = await getTranslations("common.indicatorStatus");
  const parts = summaryParts(summary);
  return (
    <p className="text-lg" data-testid="status-summary">
      <span className="font-semibold">{t("indicators", { count: summary.total })}</span>
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
      {summary.unjudged > 0 && <span className="text-slate-600">{t("unjudged", { count: summary.unjudged })}</span>}
    </p>
  );
}
