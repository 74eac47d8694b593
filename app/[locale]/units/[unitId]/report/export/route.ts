import { notFound } from "next/navigation";
import { dateInVietnam, printParamsSchema, reportFormatSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { appContext } from "@/server/views/context";
import { reportExport } from "@/server/views/exports";

/** The standard report as .xlsx or CSV (the same lines as the printed report), or the narrative report as .docx. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const file = await reportExport(appContext(), {
    unitId: unitId.data,
    year: query.year,
    period: query.period,
    planChoice: query.plan,
    format: reportFormatSchema.parse(search.format),
    date: query.date ?? dateInVietnam(new Date()),
  });
  if (!file) notFound();
  return fileResponse(file.body, file.fileName, file.format);
}
