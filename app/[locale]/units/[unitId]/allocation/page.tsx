import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AllocationTable } from "@/components/allocation/allocation-table";
import { getAllocationData } from "@/db/queries/allocation";
import { getLatestPlanYear } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { buildAllocation } from "@/lib/allocation";
import { planParamsSchema } from "@/lib/entry-params";
import { unitIdSchema } from "@/lib/report-params";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("allocation");
  return { title: t("title") };
}

/** Targets are public like the report: anyone may compare a town's targets with its wards'. */
export default async function AllocationPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const unit = await getUnit({ unitId: unitId.data });
  if (!unit) notFound();
  const year = planParamsSchema.parse(await searchParams).year ?? (await getLatestPlanYear()) ?? new Date().getFullYear();
  const data = await getAllocationData({ unitId: unit.id, year });
  const rows = buildAllocation({ parentId: unit.id, childIds: data.children.map((c) => c.id), indicators: data.indicators, plans: data.plans, weights: data.weights });
  const t = await getTranslations("allocation");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/units/${unit.id}/report?year=${year}`} className="text-red-800 underline">
          {t("backToReport", { unit: unit.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, year })}</h1>
      {data.children.length === 0 || rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <AllocationTable unitName={unit.name} childUnits={data.children} indicators={data.indicators} rows={rows} />
      )}
    </div>
  );
}
