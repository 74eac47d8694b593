import { getTranslations } from "next-intl/server";
import type { Period } from "@/lib/domain";
import { verdictLabel, type Verdict } from "@/lib/verdict";
import { Badge } from "@/components/ui/badge";
import { STATUS_STYLE } from "./status-style";

export { STATUS_STYLE };

/** A verdict in the words of its period: "Đạt tiến độ" before Cả năm, "Đạt kế hoạch" at Cả năm. */
export async function StatusBadge({ status, period }: { status: Verdict; period: Period }) {
  const t = await getTranslations();
  return <StatusBadgeView status={status} label={verdictLabel(t, status, period)} />;
}

/** The badge itself, synchronous: long lists pass the label they translated once, instead of one async component per row. */
export function StatusBadgeView({ status, label }: { status: Verdict; label: string }) {
  const style = STATUS_STYLE[status];
  return (
    <Badge className={style.className} data-verdict={status}>
      <span aria-hidden="true">{style.symbol}</span>
      {label}
    </Badge>
  );
}
