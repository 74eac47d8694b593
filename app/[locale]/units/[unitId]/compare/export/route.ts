import { notFound } from "next/navigation";
import { dateInVietnam, exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { appContext } from "@/server/views/context";
import { comparisonExport } from "@/server/views/exports";

/** One indicator group across the subordinate units, as .xlsx or CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const file = await comparisonExport(appContext(), {
    unitId: unitId.data,
    year: query.year,
    period: query.period,
    planChoice: query.plan,
    group: query.group,
    format: exportFormatSchema.parse(search.format),
    date: query.date ?? dateInVietnam(new Date()),
  });
  if (!file) notFound();
  return fileResponse(file.body, file.fileName, file.format);
}
