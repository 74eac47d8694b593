import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getLatestPlanYear, getUnitReportData } from "@/db/queries/report";
import { getUnit } from "@/db/queries/units";
import { getCurrentPlans } from "@/db/queries/upload";
import { exportFormatSchema, printParamsSchema } from "@/lib/print-params";
import { unitIdSchema } from "@/lib/report-params";
import { fileResponse } from "@/lib/spreadsheet/file-response";
import { planTemplateSheet } from "@/lib/spreadsheet/plan-template";
import { toCsv } from "@/lib/spreadsheet/sheet";
import { templateIndicators } from "@/lib/spreadsheet/template";
import { downloadName, planTemplateText } from "@/lib/spreadsheet/texts";
import { toXlsx } from "@/lib/spreadsheet/xlsx";

/** The plans template of a unit for a year, with the plans already stored. */
export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const unitId = unitIdSchema.safeParse((await params).unitId);
  if (!unitId.success) notFound();
  const unit = await getUnit(getDb(), { unitId: unitId.data });
  if (!unit) notFound();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const query = printParamsSchema.parse(search);
  const format = exportFormatSchema.parse(search.format);
  const year = query.year ?? (await getLatestPlanYear(getDb())) ?? new Date().getFullYear();
  const [data, current] = await Promise.all([getUnitReportData(getDb(), { unitId: unit.id, year }), getCurrentPlans({ unitId: unit.id, year })]);
  // Growth rates have plans too ("tăng 12,4% trở lên"), unlike actuals, which are derived for them.
  const growth = data.indicators.filter((i) => i.kind === "growth" && (data.plans.some((p) => p.indicatorId === i.id) || data.plans.length === 0));
  const indicators = [...templateIndicators(data), ...growth];
  const sheet = planTemplateSheet({ unit, year, indicators, current }, planTemplateText({ unitName: unit.name, year }));
  const fileName = downloadName("planTemplate", { unit, year });
  return format === "csv" ? fileResponse(toCsv(sheet), fileName, "csv") : fileResponse(await toXlsx([sheet]), fileName, "xlsx");
}
