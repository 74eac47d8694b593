import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryForm } from "@/components/entry/entry-form";
import { EntryPeriodPicker } from "@/components/entry/entry-period-picker";
import { unitSummary } from "@/server/views/units";
import { appContext } from "@/server/views/context";
import { entryFormView } from "@/server/views/entry";
import { mayEditUnit, requireUser } from "@/lib/auth/session";
import { entryParamsSchema } from "@/lib/entry-params";
import { unitIdSchema } from "@/lib/report-params";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("entry");
  return { title: t("title") };
}

export default async function EntryPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const user = await requireUser(`/units/${unitId.data}/entry`);
  const ctx = appContext();
  const unit = await unitSummary(ctx, { unitId: unitId.data });
  if (!unit) notFound();
  if (!(await mayEditUnit(user, unit.id))) forbidden();

  const query = entryParamsSchema.parse(await searchParams);
  const { year, period, rows } = await entryFormView(ctx, { unitId: unit.id, year: query.year, period: query.period });
  const t = await getTranslations("entry");
  const tPeriod = await getTranslations("common.period");

  return (
    <div className="space-y-3 sm:space-y-4">
      <p className="text-sm">
        <Link href={`/units/${unit.id}/report?year=${year}&period=${period}`} className="text-red-800 underline">
          {t("backToReport", { unit: unit.name })}
        </Link>
      </p>
      <h1 className="text-xl font-semibold sm:text-2xl">{t("heading", { unit: unit.name, period: tPeriod(period), year })}</h1>
      <EntryPeriodPicker year={year} period={period} />
      {/* A new key per view: switching period or year starts the form afresh. */}
      <ClientMessages namespaces={["common", "entry"]}>
        <EntryForm key={`${year}-${period}`} unitId={unit.id} year={year} period={period} rows={rows} />
      </ClientMessages>
    </div>
  );
}
