// The cross-view agreement check: for every unit, indicator, year, period and plan choice of a
// database, what each view shows (dashboard, report, chart, small multiples, comparison, the printed
// report and comparison, and their .xlsx and .csv files) is held against the unit's own dashboard.
// Files are read back as an official would open them: the .xlsx with exceljs, the .csv as text.
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { lineVerdict, verdictLabel } from "@/lib/verdict";
import { INDICATOR_GROUPS, PERIODS, type IndicatorStatus, type Period } from "@/lib/domain";
import { PLAN_CHOICES, countInto, emptySummary, type IndicatorDef, type PlanChoice, type ReportRow } from "@/lib/report";
import { readCsv } from "@/lib/spreadsheet/csv-read";
import type { Db } from "@/db/client";
import { getIndicators } from "@/db/queries/compare";
import { getReportYears } from "@/db/queries/report";
import { getChildUnits, getUnit, type UnitSummary } from "@/db/queries/units";
import { units } from "@/db/schema";
import { chartView, smallMultiplesView } from "../chart";
import { comparisonPrintView, comparisonView } from "../comparison";
import { contextFor, type ViewContext } from "../context";
import { childStatuses, judgeUnit } from "../dashboard";
import { comparisonExport, reportExport } from "../exports";
import { reportPrintView, standardReport } from "../report";

/** What the unit's dashboard says of one indicator: the truth every other view is held to. */
interface Truth {
  status: IndicatorStatus | null;
  /** The verdict's words at the view's period ("Đạt tiến độ", "Chưa báo cáo"); null: reported, no plan. */
  words: string | null;
  reported: boolean;
  percentOfPlan: Record<PlanChoice, number | null>;
  /** Against the plan the status is judged by. */
  percentOfJudgedPlan: number | null;
  percentOfSamePeriod: number | null;
  expected: number | null;
  samePeriodLastYear: number | null;
}

export interface AgreementResult {
  /** Each disagreement, as "view · unit · year period plan · indicator: what differs". */
  disagreements: string[];
  /** How many figures each view was compared on: a check that compared nothing proves nothing. */
  compared: Record<string, number>;
}

export interface AgreementOptions {
  /** Only these years; every year a unit reports by default. */
  years?: number[];
  /** Check the .xlsx and .csv files of every n-th unit view (1: all); files are the slow part. */
  filesEvery?: number;
  /** Also the chart page of every indicator (slow on large datasets). */
  charts?: boolean;
}

const vi = createTranslator({ locale: "vi", messages: MESSAGES.vi });

/** The words a view shows for a figure: its status in its period's words, "chưa báo cáo" without a figure. */
function wordsOf(status: IndicatorStatus | null, reported: boolean, period: Period): string | null {
  const verdict = lineVerdict(status, reported);
  return verdict === null ? null : verdictLabel(vi, verdict, period);
}

const truthOf = (row: ReportRow, period: Period): Truth => ({
  status: row.evaluation?.status ?? null,
  words: wordsOf(row.evaluation?.status ?? null, row.actual !== null, period),
  reported: row.actual !== null,
  percentOfPlan: { ...row.percentOfPlan },
  percentOfJudgedPlan: row.judgedAgainst ? row.percentOfPlan[row.judgedAgainst] : null,
  percentOfSamePeriod: row.percentOfSamePeriod,
  expected: row.evaluation?.expected ?? null,
  samePeriodLastYear: row.samePeriodLastYear,
});

/** Equal as numbers (both null, or within floating-point noise). */
function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A number as the CSV writes it for programs: plain ("108.33333"); empty for none. */
function csvNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text === "") return null;
  return Number(text);
}

/** The verdict column's words, as written (an empty cell: none). */
const wordsIn = (cell: unknown): string | null => (typeof cell === "string" && cell !== "" ? cell : null);

/** What the biểu's columns show: % KH cấp trên giao, % KH HĐND giao, % cùng kỳ, Đánh giá (from 0: 7–10 in the .xlsx, 9–12 in the CSV). */
function tableCells(cells: unknown[], from: number, read: (v: unknown) => number | null): Partial<Truth> {
  return {
    percentOfPlan: { higher_level: read(cells[from]), council: read(cells[from + 1]) },
    percentOfSamePeriod: read(cells[from + 2]),
    words: wordsIn(cells[from + 3]),
  };
}
const xlsxNumber = (v: unknown) => (typeof v === "number" ? v : null);
const csvCell = (v: unknown) => csvNumber(typeof v === "string" ? v : null);

async function xlsxRows(body: Buffer | string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const out: unknown[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    out.push(values.slice(1).map((v) => (v === undefined ? null : v)));
  });
  return out;
}

export async function checkAgreement(db: Db, options: AgreementOptions = {}): Promise<AgreementResult> {
  const ctx: ViewContext = contextFor(db);
  const disagreements: string[] = [];
  const compared: Record<string, number> = {};
  const count = (view: string) => (compared[view] = (compared[view] ?? 0) + 1);
  const indicators = await getIndicators(db);
  const indicatorByName = new Map(indicators.map((i) => [i.nameVi, i]));
  const filesEvery = options.filesEvery ?? 1;
  let unitViews = 0;

  /** The truth of one unit's view, from its dashboard, by indicator id. */
  const truths = new Map<string, Map<number, Truth>>();
  const key = (unitId: number, year: number, period: Period, plan: PlanChoice) => `${unitId}|${year}|${period}|${plan}`;
  const differ = (view: string, where: string, indicator: IndicatorDef | string, what: string, theirs: unknown, ours: unknown) =>
    disagreements.push(`${view} · ${where} · ${typeof indicator === "string" ? indicator : indicator.code}: ${what} ${String(theirs)} ≠ dashboard ${String(ours)}`);

  const compare = (view: string, where: string, indicator: IndicatorDef, truth: Truth | undefined, seen: Partial<Truth>) => {
    count(view);
    if (!truth) {
      const shown = Object.values(seen).some((v) => v !== null && v !== undefined && !(typeof v === "object" && Object.values(v).every((x) => x === null)));
      if (shown) differ(view, where, indicator, "shown, not on the dashboard:", JSON.stringify(seen), "—");
      return;
    }
    if ("status" in seen && seen.status !== truth.status) differ(view, where, indicator, "status", seen.status, truth.status);
    if ("words" in seen && seen.words !== truth.words) differ(view, where, indicator, "words", seen.words, truth.words);
    for (const plan of PLAN_CHOICES) {
      if (seen.percentOfPlan && !same(seen.percentOfPlan[plan], truth.percentOfPlan[plan])) differ(view, where, indicator, `% ${plan}`, seen.percentOfPlan[plan], truth.percentOfPlan[plan]);
    }
    if ("percentOfJudgedPlan" in seen && !same(seen.percentOfJudgedPlan, truth.percentOfJudgedPlan)) differ(view, where, indicator, "% KH", seen.percentOfJudgedPlan, truth.percentOfJudgedPlan);
    if ("percentOfSamePeriod" in seen && !same(seen.percentOfSamePeriod, truth.percentOfSamePeriod)) differ(view, where, indicator, "% cùng kỳ", seen.percentOfSamePeriod, truth.percentOfSamePeriod);
    if ("expected" in seen && !same(seen.expected, truth.expected)) differ(view, where, indicator, "expected", seen.expected, truth.expected);
    if ("samePeriodLastYear" in seen && !same(seen.samePeriodLastYear, truth.samePeriodLastYear)) differ(view, where, indicator, "cùng kỳ", seen.samePeriodLastYear, truth.samePeriodLastYear);
  };


  const allUnits = db.select({ id: units.id }).from(units).all();
  const unitYears = new Map<number, number[]>();

  // 1. Each unit's own views against its dashboard.
  for (const { id } of allUnits) {
    const years = (await getReportYears(db, { unitId: id })).filter((y) => !options.years || options.years.includes(y));
    unitYears.set(id, years);
    for (const year of years) {
      for (const period of PERIODS) {
        for (const planChoice of PLAN_CHOICES) {
          const where = `unit ${id} · ${year} ${period} ${planChoice}`;
          const judged = await judgeUnit(ctx, { unitId: id, year, period, planChoice });
          const truth = new Map(judged.groups.flatMap((g) => g.rows).map((r) => [r.indicator.id, truthOf(r, judged.period)]));
          truths.set(key(id, year, period, planChoice), truth);
          for (const item of judged.dashboard.flatMap((g) => g.items)) {
            compare("dashboard items", where, item.row.indicator, truth.get(item.row.indicator.id), {
              status: item.row.evaluation?.status ?? null,
              words: wordsOf(item.row.evaluation?.status ?? null, item.row.actual !== null, judged.period),
              percentOfPlan: { [planChoice]: item.percentOfChosenPlan, [item.otherPlan]: item.percentOfOtherPlan } as Record<PlanChoice, number | null>,
            });
          }

          const report = (await standardReport(ctx, { unitId: id, year, period, planChoice }))!;
          const reportRows = report.groups.flatMap((g) => g.rows);
          if (reportRows.length !== truth.size) differ("report", where, "rows", "count", reportRows.length, truth.size);
          for (const row of reportRows) compare("report", where, row.indicator, truth.get(row.indicator.id), truthOf(row, report.period));

          const print = (await reportPrintView(ctx, { unitId: id, year, period, planChoice }))!;
          for (const line of print.lines) {
            if (line.kind !== "indicator") continue;
            compare("report print", where, line.indicator, truth.get(line.indicator.id), {
              percentOfJudgedPlan: line.percentOfPlan,
              percentOfSamePeriod: line.percentOfSamePeriod,
              samePeriodLastYear: line.samePeriod,
            });
          }

          if (options.charts) {
            const unit = (await getUnit(db, { unitId: id }))!;
            for (const indicatorId of truth.keys()) {
              const indicator = indicators.find((i) => i.id === indicatorId)!;
              const chart = (await chartView(ctx, { unit, indicatorCode: indicator.code, year, period, planChoice }))!;
              const point = chart.series.points.find((p) => p.period === period)!;
              compare("chart", where, indicator, truth.get(indicatorId), {
                status: chart.series.evaluation?.status ?? null,
                ...(chart.series.evaluation ? { words: wordsOf(chart.series.evaluation.status, true, chart.period) } : {}),
                percentOfJudgedPlan: chart.series.evaluation?.percentOfPlan ?? null,
                expected: chart.series.evaluation ? chart.series.evaluation.expected : (truth.get(indicatorId)?.expected ?? null),
                samePeriodLastYear: point.lastYear,
              });
            }
          }

          if (unitViews++ % filesEvery !== 0) continue;
          const date = "2026-01-15";
          const xlsx = (await reportExport(ctx, { unitId: id, year, period, planChoice, format: "xlsx", date }))!;
          for (const cells of await xlsxRows(xlsx.body)) {
            const indicator = typeof cells[0] === "number" ? indicatorByName.get(String(cells[1])) : undefined;
            if (!indicator) continue;
            compare("report .xlsx", where, indicator, truth.get(indicator.id), tableCells(cells, 7, xlsxNumber));
          }
          const csv = (await reportExport(ctx, { unitId: id, year, period, planChoice, format: "csv", date }))!;
          for (const { cells } of readCsv(String(csv.body))) {
            const indicator = /^\d+$/.test(cells[0] ?? "") ? indicatorByName.get(cells[1] ?? "") : undefined;
            if (indicator) compare("report .csv", where, indicator, truth.get(indicator.id), tableCells(cells, 9, csvCell));
          }
        }
      }
    }
  }

  // 2. Each parent's views of its children against each child's own dashboard.
  for (const { id: parentId } of allUnits) {
    const children = await getChildUnits(db, { unitId: parentId });
    if (children.length === 0) continue;
    const parent = (await getUnit(db, { unitId: parentId }))!;
    const years = [...new Set(children.flatMap((c) => unitYears.get(c.id) ?? []))].sort();
    const childByName = new Map(children.map((c) => [c.name, c]));
    for (const year of years) {
      for (const period of PERIODS) {
        for (const planChoice of PLAN_CHOICES) {
          const where = (child: UnitSummary) => `unit ${child.id} under ${parentId} · ${year} ${period} ${planChoice}`;
          const truthOfChild = (child: UnitSummary, indicatorId: number) => truths.get(key(child.id, year, period, planChoice))?.get(indicatorId);

          // The dashboard's children panel counts each child's statuses as its own dashboard does.
          const statuses = await childStatuses(ctx, { unitId: parentId, year, period, planChoice });
          for (const s of statuses) {
            count("children panel");
            const expected = emptySummary();
            for (const t of truths.get(key(s.id, year, period, planChoice))?.values() ?? []) countInto(expected, t);
            const shown = JSON.stringify(s.summary);
            const wanted = JSON.stringify(expected);
            if (shown !== wanted) differ("children panel", `unit ${s.id} under ${parentId} · ${year} ${period} ${planChoice}`, "summary", "", shown, wanted);
          }

          const comparison = await comparisonView(ctx, {
            scope: { parentId },
            parentId,
            year,
            period,
            indicatorCodes: indicators.map((i) => i.code),
            planChoice,
          });
          for (const row of comparison.rows) {
            const child = children.find((c) => c.id === row.unit.id)!;
            for (const column of comparison.columns) {
              const cell = row.cells[column.code]!;
              const truth = truthOfChild(child, column.id);
              compare("comparison", where(child), column, truth, {
                status: cell.status,
                percentOfJudgedPlan: cell.percentOfPlan,
                ...(truth ? { words: wordsOf(cell.status, cell.figureStatus !== null, comparison.period) } : {}),
              });
            }
          }

          for (const indicator of indicators) {
            const multiples = (await smallMultiplesView(ctx, { unit: parent, indicatorCode: indicator.code, year, period, planChoice }))!;
            for (const { unit: child, series } of multiples.charts) {
              const truth = truthOfChild(children.find((c) => c.id === child.id)!, indicator.id);
              const point = series.points.find((p) => p.period === period)!;
              compare("small multiples", where(children.find((c) => c.id === child.id)!), indicator, truth, {
                status: series.evaluation?.status ?? null,
                ...(series.evaluation ? { words: wordsOf(series.evaluation.status, true, multiples.period) } : {}),
                percentOfJudgedPlan: series.evaluation?.percentOfPlan ?? null,
                expected: series.evaluation ? series.evaluation.expected : (truth?.expected ?? null),
                samePeriodLastYear: truth ? point.lastYear : null,
              });
            }
          }

          for (const group of INDICATOR_GROUPS) {
            const print = (await comparisonPrintView(ctx, { unitId: parentId, year, period, planChoice, group }))!;
            for (const line of print.lines) {
              if (line.kind !== "unit") continue;
              const child = children.find((c) => c.id === line.unit.id)!;
              compare("comparison print", where(child), line.indicator, truthOfChild(child, line.indicator.id), {
                percentOfJudgedPlan: line.percentOfPlan,
                percentOfSamePeriod: line.percentOfSamePeriod,
                samePeriodLastYear: line.samePeriod,
              });
            }
            if (unitViews++ % filesEvery !== 0) continue;
            const date = "2026-01-15";
            const xlsx = (await comparisonExport(ctx, { unitId: parentId, year, period, planChoice, group, format: "xlsx", date }))!;
            let indicator: IndicatorDef | undefined;
            for (const cells of await xlsxRows(xlsx.body)) {
              if (typeof cells[0] !== "number") continue;
              if (cells[2] === null || cells[2] === undefined) {
                // A heading row: "1. Giá trị sản xuất (tỷ đồng)"; the longest name it contains is its indicator.
                const heading = String(cells[1]);
                indicator = indicators.filter((i) => heading.includes(i.nameVi)).sort((a, b) => b.nameVi.length - a.nameVi.length)[0];
                continue;
              }
              const child = childByName.get(String(cells[1]));
              if (!indicator || !child) {
                differ("comparison .xlsx", `${parentId} · ${year} ${period} ${planChoice}`, "row", "unreadable", JSON.stringify(cells), "");
                continue;
              }
              compare("comparison .xlsx", where(child), indicator, truthOfChild(child, indicator.id), tableCells(cells, 7, xlsxNumber));
            }
            const csv = (await comparisonExport(ctx, { unitId: parentId, year, period, planChoice, group, format: "csv", date }))!;
            indicator = undefined;
            for (const { cells } of readCsv(String(csv.body))) {
              if (!/^\d+$/.test(cells[0] ?? "")) continue;
              if (!cells[2]) {
                const heading = cells[1] ?? "";
                indicator = indicators.filter((i) => heading.includes(i.nameVi)).sort((a, b) => b.nameVi.length - a.nameVi.length)[0];
                continue;
              }
              const child = childByName.get(cells[1] ?? "");
              if (!indicator || !child) {
                differ("comparison .csv", `${parentId} · ${year} ${period} ${planChoice}`, "row", "unreadable", JSON.stringify(cells), "");
                continue;
              }
              compare("comparison .csv", where(child), indicator, truthOfChild(child, indicator.id), tableCells(cells, 9, csvCell));
            }
          }
        }
      }
    }
  }
  return { disagreements, compared };
}
