import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { UploadForm } from "@/components/spreadsheet/upload-form";
import { mayEditUnit, requireUser } from "@/lib/auth/session";
import { entryParamsSchema } from "@/lib/entry-params";
import { unitIdSchema } from "@/lib/report-params";
import { commitUpload, previewUpload } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { appContext } from "@/server/views/context";
import { unitSummary } from "@/server/views/units";

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("spreadsheet.upload");
  return { title: t("title") };
}

export default async function UploadPage({ params, searchParams }: Props) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const user = await requireUser(`/units/${unitId.data}/entry/upload`);
  const unit = await unitSummary(appContext(), { unitId: unitId.data });
  if (!unit) notFound();
  if (!(await mayEditUnit(user, unit.id))) forbidden();
  // The period the official came from: the templates and the way back to the report keep it.
  const { year, period } = entryParamsSchema.parse(await searchParams);
  const figuresQuery = new URLSearchParams({ ...(year ? { year: String(year) } : {}), ...(period ? { period } : {}) }).toString();
  const yearQuery = year ? `year=${year}&` : "";
  const reportHref = `/units/${unit.id}/report${figuresQuery ? `?${figuresQuery}` : ""}`;
  const t = await getTranslations("spreadsheet");
  const tp = await getTranslations("print.toolbar");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("upload.title")}</h1>
      <p>{t("upload.intro", { unit: unit.name })}</p>
      <p className="flex flex-wrap gap-3 text-sm">
        <a href={`/units/${unit.id}/entry/template?${figuresQuery ? `${figuresQuery}&` : ""}format=xlsx`} className="text-red-800 underline" download>
          {t("template.download")}
        </a>
        <a href={`/units/${unit.id}/entry/template?${figuresQuery ? `${figuresQuery}&` : ""}format=csv`} className="text-red-800 underline" download>
          {t("template.downloadCsv")}
        </a>
        <a href={`/units/${unit.id}/entry/plan-template?${yearQuery}format=xlsx`} className="text-red-800 underline" download>
          {t("planTemplate.download")}
        </a>
        <Link href={reportHref} className="text-red-800 underline">
          {tp("back")}
        </Link>
      </p>
      <ClientMessages namespaces={["spreadsheet.upload", "spreadsheet.commit", "spreadsheet.problem"]}>
        <UploadForm unitId={unit.id} reportHref={reportHref} preview={previewUpload} commit={commitUpload} />
      </ClientMessages>
    </div>
  );
}
