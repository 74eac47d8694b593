import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanReadOnly } from "@/components/plans/plan-read-only";
import { PlanVersionPicker } from "@/components/plans/plan-version-picker";
import { mayEditPlanVersions, mayEditUnit, requireUser } from "@/lib/auth/session";
import { planParamsSchema } from "@/lib/entry-params";
import { unitIdSchema } from "@/lib/report-params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appContext } from "@/server/views/context";
import { planFormView } from "@/server/views/plans";
import { unitSummary } from "@/server/views/units";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plans");
  return { title: t("title") };
}

export default async function PlansPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const user = await requireUser(`/units/${unitId.data}/plans`);
  const ctx = appContext();
  const unit = await unitSummary(ctx, { unitId: unitId.data });
  if (!unit) notFound();
  if (!(await mayEditUnit(user, unit.id))) forbidden();

  const query = planParamsSchema.parse(await searchParams);
  const [{ year, version, rows }, versions] = await Promise.all([
    planFormView(ctx, { unitId: unit.id, year: query.year, version: query.version }),
    mayEditPlanVersions(user, unit.id),
  ]);
  const t = await getTranslations("plans");
  const tVersion = await getTranslations("common.planVersion");
  return (
    <div className="space-y-4">
      <p className="flex gap-4 text-sm">
        <Link href={`/units/${unit.id}/report?year=${year}`} className="text-red-800 underline">
          {t("backToReport", { unit: unit.name })}
        </Link>
        <Link href={`/units/${unit.id}/allocation?year=${year}`} className="text-red-800 underline">
          {t("allocationLink")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, version: tVersion(version), year })}</h1>
      <PlanVersionPicker year={year} version={version} />
      {/* The unit's own editors read the higher level's plan; the action refuses it all the same. */}
      {versions.includes(version) ? (
        <ClientMessages namespaces={["common", "plans"]}>
          <PlanForm key={`${year}-${version}`} unitId={unit.id} year={year} version={version} rows={rows} />
        </ClientMessages>
      ) : (
        <PlanReadOnly unitName={unit.name} rows={rows} />
      )}
    </div>
  );
}
