import { notFound } from "next/navigation";
import { getStandardReport } from "@/db/queries/standard-report";
import { dateInVietnam, exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { reportLines } from "@/lib/spreadsheet/report-rows";
import { reportSheet } from "@/lib/spreadsheet/report-sheet";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { downloadName, reportSheetText } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";

/** The standard report as .xlsx or CSV: the same lines as the printed report. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const format = exportFormatSchema.parse(search.format);
  const report = await getStandardReport({ unitId: unitId.data, year: query.year, period: query.period, planChoice: query.plan });
  if (!report) notFound();
  const { unit, year, period, groups, reform } = report;
  const sheet = reportSheet(
    reportLines(groups, { rolledUpIndicatorIds: reform?.rolledUpIndicatorIds }),
    reportSheetText({ unitName: unit.name, period, year, date: query.date ?? dateInVietnam(new Date()) }),
  );
  const fileName = downloadName("report", { unit, year, period });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
