import { notFound } from "next/navigation";
import { getChildReports } from "@/db/queries/comparison-report";
import { getReportYears } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { dateInVietnam, exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { comparisonLines } from "@/lib/spreadsheet/comparison-rows";
import { comparisonSheet } from "@/lib/spreadsheet/comparison-sheet";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { comparisonSheetText, downloadName } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";

/** One indicator group across the subordinate units, as .xlsx or CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const unit = await getUnit({ unitId: unitId.data });
  if (!unit) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const format = exportFormatSchema.parse(search.format);
  const year = query.year ?? (await getReportYears({ unitId: unit.id }))[0];
  if (year === undefined) notFound();
  const period = query.period ?? "FY";
  const group = query.group ?? "economy";
  const { children } = await getChildReports({ unitId: unit.id, year, period, planChoice: query.plan ?? "council" });
  const sheet = comparisonSheet(
    comparisonLines(group, children),
    comparisonSheetText({ unitName: unit.name, group, period, year, date: query.date ?? dateInVietnam(new Date()) }),
  );
  const fileName = downloadName("compare", { unit, year, period, group });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
