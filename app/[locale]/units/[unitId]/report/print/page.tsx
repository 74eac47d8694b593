import "@/components/print/print.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintFooter, PrintHeader } from "@/components/print/print-header";
import { SignatureForm } from "@/components/print/signature-form";
import { getCurrentUser, mayEditUnit } from "@/lib/auth/session";
import { PrintReportTable } from "@/components/print/print-report-table";
import { PrintButton } from "@/components/print/print-toolbar";
import { ReformNote } from "@/components/reform/reform-note";
import { unitSummary } from "@/server/views/units";
import { appContext } from "@/server/views/context";
import { reportPrintView } from "@/server/views/report";
import { dateInVietnam, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClass } from "@/components/ui/button";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  const unit = unitId.success ? await unitSummary(appContext(), { unitId: unitId.data }) : null;
  const t = await getTranslations("report");
  return { title: unit ? `${unit.name} · ${t("title")}` : t("title") };
}

export default async function PrintReportPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const query = printParamsSchema.parse(await searchParams);
  const date = query.date ?? dateInVietnam(new Date());
  const report = await reportPrintView(appContext(), { unitId: unitId.data, year: query.year, period: query.period, planChoice: query.plan, date });
  if (!report) notFound();
  const { unit, year, period, planChoice, groups, reform, lines, document } = report;
  const mayEdit = await mayEditUnit(await getCurrentUser(), unit.id);
  const t = await getTranslations("print");
  const search = new URLSearchParams({ year: String(year), period, plan: planChoice }).toString();
  const button = buttonClass({ variant: "neutral", className: "text-sm" });

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-2">
        <ClientMessages namespaces={["print.toolbar"]}>
          <PrintButton />
        </ClientMessages>
        <a href={`/units/${unit.id}/report/export?${search}&format=xlsx`} className={button} download>
          {t("toolbar.xlsx")}
        </a>
        <a href={`/units/${unit.id}/report/export?${search}&format=csv`} className={button} download>
          {t("toolbar.csv")}
        </a>
        <a href={`/units/${unit.id}/report/export?${search}&format=docx`} className={button} download>
          {t("document.docx.download")}
        </a>
        <Link href={`/units/${unit.id}/report?${search}`} className={button}>
          {t("toolbar.back")}
        </Link>
        <p className="w-full text-sm text-slate-600">{t("toolbar.pdfHint")}</p>
      </div>
      {mayEdit && (
        <ClientMessages namespaces={["print.document.form"]}>
          <SignatureForm unitId={unit.id} fields={document.frame.signature} />
        </ClientMessages>
      )}
      <article className="print-document bg-white p-6 shadow-sm">
        <PrintHeader document={document} />
        {reform && (
          <div className="keep-together mb-3">
            <ReformNote unitName={unit.name} reform={reform} groups={groups} />
          </div>
        )}
        {groups.length > 0 ? (
          <PrintReportTable lines={lines} period={period} judgedAgainst={planChoice} />
        ) : (
          <p>{t("empty", { year })}</p>
        )}
        <PrintFooter document={document} />
      </article>
    </div>
  );
}
