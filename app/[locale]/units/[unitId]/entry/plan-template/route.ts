import { notFound } from "next/navigation";
import { exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { planTemplateSheet } from "@/lib/spreadsheet/plan-template";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { templateIndicators } from "@/lib/spreadsheet/template";
import { downloadName, planTemplateText } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";
import { appContext } from "@/server/views/context";
import { planTemplateView } from "@/server/views/templates";
import { unitSummary } from "@/server/views/units";

/** The plans template of a unit for a year, with the plans already stored. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const ctx = appContext();
  const unit = await unitSummary(ctx, { unitId: unitId.data });
  if (!unit) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const format = exportFormatSchema.parse(search.format);
  const { year, data, current } = await planTemplateView(ctx, { unitId: unit.id, year: query.year });
  // Growth rates have plans too ("tăng 12,4% trở lên"), unlike actuals, which are derived for them.
  const growth = data.indicators.filter((i) => i.kind === "growth" && (data.plans.some((p) => p.indicatorId === i.id) || data.plans.length === 0));
  const indicators = [...templateIndicators(data), ...growth];
  const sheet = planTemplateSheet({ unit, year, indicators, current }, planTemplateText({ unitName: unit.name, year }));
  const fileName = downloadName("planTemplate", { unit, year });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
