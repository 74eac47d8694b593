import { notFound } from "next/navigation";
import { dateInVietnam, exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { appContext } from "@/server/views/context";
import { figuresExport } from "@/server/views/exports";

/** A unit's raw figures for a year, every period, as stored. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const file = await figuresExport(appContext(), {
    unitId: unitId.data,
    year: query.year,
    format: exportFormatSchema.parse(search.format),
    date: query.date ?? dateInVietnam(new Date()),
  });
  if (!file) notFound();
  return fileResponse(file.body, file.fileName, file.format);
}
