import { notFound } from "next/navigation";
import { getCurrentUser, mayEditUnit } from "@/lib/auth/session";
import { exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { entryTemplateSheet, templateIndicators } from "@/lib/spreadsheet/template";
import { downloadName, templateText } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";
import { appContext } from "@/server/views/context";
import { entryTemplateView } from "@/server/views/templates";
import { unitSummary } from "@/server/views/units";

/** The entry template of a unit for a year and period, with the figures already stored. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const ctx = appContext();
  const unit = await unitSummary(ctx, { unitId: unitId.data });
  if (!unit) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const format = exportFormatSchema.parse(search.format);
  const [{ year, period, data, current: stored }, user] = await Promise.all([
    entryTemplateView(ctx, { unitId: unit.id, year: query.year, period: query.period }),
    getCurrentUser(),
  ]);
  // Notes are the unit's editors' working notes, shown in the entry form only: anyone else gets the figures alone.
  const current = (await mayEditUnit(user, unit.id)) ? stored : new Map([...stored].map(([id, figure]) => [id, { ...figure, note: null }]));
  const sheet = entryTemplateSheet(
    { unit, year, period, indicators: templateIndicators(data), current },
    templateText({ unitName: unit.name, period, year }),
  );
  const fileName = downloadName("entryTemplate", { unit, year, period });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
