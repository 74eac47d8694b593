import "@/components/print/print.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintComparisonTable } from "@/components/print/print-comparison-table";
import { PrintFooter, PrintHeader } from "@/components/print/print-header";
import { PrintButton } from "@/components/print/print-toolbar";
import { unitSummary } from "@/server/views/units";
import { comparisonPrintView } from "@/server/views/comparison";
import { appContext } from "@/server/views/context";
import { INDICATOR_GROUPS } from "@/lib/domain";
import { dateInVietnam, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button, buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  const unit = unitId.success ? await unitSummary(appContext(), { unitId: unitId.data }) : null;
  const t = await getTranslations("print.toolbar");
  return { title: unit ? `${unit.name} · ${t("comparison")}` : t("comparison") };
}

export default async function PrintComparisonPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const query = printParamsSchema.parse(await searchParams);
  const view = await comparisonPrintView(appContext(), {
    unitId: unitId.data,
    year: query.year,
    period: query.period,
    planChoice: query.plan,
    group: query.group,
    date: query.date ?? dateInVietnam(new Date()),
  });
  if (!view) notFound();
  const { unit, year, period, planChoice, group, children, lines, document } = view;
  const t = await getTranslations("print");
  const tGroup = await getTranslations("common.group");
  const search = new URLSearchParams({ year: String(year), period, plan: planChoice, group }).toString();
  const button = buttonClass({ variant: "neutral", className: "text-sm" });

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-end gap-2">
        <form method="get" className="flex items-end gap-2">
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="period" value={period} />
          <input type="hidden" name="plan" value={planChoice} />
          <label className="flex flex-col text-sm">
            {t("comparison.groupLabel")}
            <Select name="group" defaultValue={group} size="md" className="mt-1">
              {INDICATOR_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {tGroup(g)}
                </option>
              ))}
            </Select>
          </label>
          <Button type="submit" variant="neutral" className="text-sm">
            {t("comparison.show")}
          </Button>
        </form>
        <ClientMessages namespaces={["print.toolbar"]}>
          <PrintButton />
        </ClientMessages>
        <a href={`/units/${unit.id}/compare/export?${search}&format=xlsx`} className={button} download>
          {t("toolbar.xlsx")}
        </a>
        <a href={`/units/${unit.id}/compare/export?${search}&format=csv`} className={button} download>
          {t("toolbar.csv")}
        </a>
        <Link href={`/units/${unit.id}/report?year=${year}&period=${period}&plan=${planChoice}`} className={button}>
          {t("toolbar.back")}
        </Link>
      </div>
      <article className="print-document bg-white p-6 shadow-sm">
        <PrintHeader document={document} />
        {children.length === 0 ? (
          <p>{t("comparison.noChildren")}</p>
        ) : lines.length === 0 ? (
          <p>{t("comparison.empty", { year })}</p>
        ) : (
          <PrintComparisonTable lines={lines} period={period} />
        )}
        <PrintFooter document={document} />
      </article>
    </div>
  );
}
