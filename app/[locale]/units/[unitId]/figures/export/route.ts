import { notFound } from "next/navigation";
import { getUnitFigures } from "@/db/queries/figures";
import { getReportYears } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { dateInVietnam, exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { figuresSheet } from "@/lib/spreadsheet/figures-sheet";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { downloadName, figuresSheetText } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";

/** A unit's raw figures for a year, every period, as stored. */
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
  const sheet = figuresSheet(
    await getUnitFigures({ unitId: unit.id, year }),
    figuresSheetText({ unitName: unit.name, year, date: query.date ?? dateInVietnam(new Date()) }),
  );
  const fileName = downloadName("figures", { unit, year });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
