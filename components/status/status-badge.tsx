import { getTranslations } from "next-intl/server";
import type { IndicatorStatus } from "@/lib/domain";
import { Badge } from "@/components/ui/badge";
import { STATUS_STYLE } from "./status-style";

export { STATUS_STYLE };

export async function StatusBadge({ status }: { status: IndicatorStatus }) {
  const t = await getTranslations("common.indicatorStatus");
  return <StatusBadgeView status={status} label={t(status)} />;
}

/** The badge itself, synchronous: long lists pass the label they translated once, instead of one async component per row. */
export function StatusBadgeView({ status, label }: { status: IndicatorStatus; label: string }) {
  const style = STATUS_STYLE[status];
  return (
    <Badge className={style.className}>
      <span aria-hidden="true">{style.symbol}</span>
      {label}
    </Badge>
  );
}
