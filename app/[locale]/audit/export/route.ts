import { getTranslations } from "next-intl/server";
import { auditParamsSchema } from "@/lib/audit-params";
import { isAdmin } from "@/lib/auth/scope";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/csv";
import { isoDateTimeInZone, VIETNAM_TIME_ZONE } from "@/lib/date-time";
import { auditExport } from "@/server/views/audit";
import { appContext } from "@/server/views/context";

/** The filtered audit trail as CSV; administrators only, checked here and not just by hiding the link. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!isAdmin(user)) {
    const t = await getTranslations("audit");
    return new Response(t("exportRefused"), { status: user ? 403 : 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const filters = auditParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const entries = await auditExport(appContext(), { filters });
  const csv = toCsv(
    ["id", "at", "user", "action", "entity", "entity_id", "unit_code", "unit_name", "indicator_code", "before", "after"],
    entries.map((e) => [
      e.id,
      isoDateTimeInZone(e.at, VIETNAM_TIME_ZONE),
      e.user,
      e.action,
      e.entity,
      e.entityId,
      e.unitCode,
      e.unitName,
      e.indicatorCode,
      e.before === null ? null : JSON.stringify(e.before),
      e.after === null ? null : JSON.stringify(e.after),
    ]),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="nhat-ky-thay-doi.csv"',
      "Cache-Control": "no-store",
    },
  });
}
