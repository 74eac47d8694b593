import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AllocationTable } from "@/components/allocation/allocation-table";
import { unitSummary } from "@/server/views/units";
import { allocationView } from "@/server/views/allocation";
import { appContext } from "@/server/views/context";
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
  const ctx = appContext();
  const unit = await unitSummary(ctx, { unitId: unitId.data });
  if (!unit) notFound();
  const { year, childUnits, indicators, rows } = await allocationView(ctx, { unitId: unit.id, year: planParamsSchema.parse(await searchParams).year });
  const t = await getTranslations("allocation");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/units/${unit.id}/report?year=${year}`} className="text-red-800 underline">
          {t("backToReport", { unit: unit.name })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("heading", { unit: unit.name, year })}</h1>
      {childUnits.length === 0 || rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <AllocationTable unitName={unit.name} childUnits={childUnits} indicators={indicators} rows={rows} />
      )}
    </div>
  );
}
