import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { auditParamsSchema, auditQuery, hasTypedDates } from "@/lib/audit-params";
import { isAdmin } from "@/lib/auth/scope";
import { requireUser } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, auditView } from "@/server/views/audit";
import { appContext } from "@/server/views/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/audit");
  if (!isAdmin(user)) forbidden();
  const raw = await searchParams;
  const filters = auditParamsSchema.parse(raw);
  // Dates are typed dd/mm/yyyy; the link keeps them ISO.
  if (hasTypedDates(raw, filters)) redirect(`/audit?${auditQuery(filters)}`);
  const { entries, units, users, indicators } = await auditView(appContext(), { filters });
  const query = auditQuery(filters);
  const t = await getTranslations("audit");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AuditFilters filters={filters} units={units} users={users} indicators={indicators} />
      <p className="flex flex-wrap items-center gap-4 text-sm">
        <span>{t("count", { count: entries.length, max: AUDIT_PAGE_SIZE })}</span>
        <a href={`/audit/export${query ? `?${query}` : ""}`} className="font-semibold text-red-800 underline" download>
          {t("export")}
        </a>
      </p>
      <AuditTable entries={entries} />
    </div>
  );
}
