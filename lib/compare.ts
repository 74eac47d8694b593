// Side-by-side comparison of a unit's children (the wards of a town, the communes of a province or
// of the country) on chosen indicators, with the parent's figure as a total row rolled up by each
// indicator's aggregation rule. Statuses come from buildUnitReport, so they match the report.
import { isProvisional, type FigureStatus, type IndicatorStatus, type Period, type UnitType } from "./domain";
import { rollup, type ChildFigure } from "./rollup";
import {
  buildUnitReport,
  type ActualFigure,
  type IndicatorDef,
  type PlanChoice,
  type PlanFigure,
  type ReportRow,
} from "./report";

export interface CompareUnit {
  id: number;
  code: string;
  name: string;
  type: UnitType;
  /** The province, where units of several provinces are compared (names repeat across provinces). */
  province?: string | null;
}

export interface UnitFigures {
  plans: PlanFigure[];
  actuals: ActualFigure[];
}

export interface CompareCell {
  value: number | null;
  /** % of the chosen plan (or of the other when the chosen one does not exist). */
  percentOfPlan: number | null;
  /** % of the other plan version, shown on hover. */
  percentOfOtherPlan: number | null;
  /** Direction-aware: ≥ 100 means met; what the % column sorts by for lower-is-better indicators. */
  attainment: number | null;
  status: IndicatorStatus | null;
  /** For rates, shares and growth: the gap to the plan in percentage points. */
  pointsFromPlan: number | null;
  provisional: boolean;
  /** ước, sơ bộ or chính thức; null without a figure (chưa báo cáo). */
  figureStatus: FigureStatus | null;
}

export interface CompareRow {
  unit: CompareUnit;
  cells: Record<string, CompareCell>;
}

export interface CompareTotal {
  cells: Record<string, CompareCell>;
  /** Per indicator: children whose figures entered the total, out of all children. */
  coverage: Record<string, { reported: number; expected: number }>;
}

export interface CompareInput {
  /** The indicators to show, in column order. */
  columns: IndicatorDef[];
  /** Every indicator the columns depend on (bases of growth rates, weights of averages), columns included. */
  indicators: IndicatorDef[];
  children: CompareUnit[];
  figuresByUnit: Map<number, UnitFigures>;
  /** The parent's own plans, against which the total is judged. */
  parentPlans: PlanFigure[];
  year: number;
  period: Period;
  planChoice: PlanChoice;
}

const EMPTY_CELL: CompareCell = {
  value: null,
  percentOfPlan: null,
  percentOfOtherPlan: null,
  attainment: null,
  status: null,
  pointsFromPlan: null,
  provisional: false,
  figureStatus: null,
};

function toCell(row: ReportRow | undefined, planChoice: PlanChoice): CompareCell {
  if (!row) return EMPTY_CELL;
  const judged = row.judgedAgainst ?? planChoice;
  const other: PlanChoice = judged === "council" ? "higher_level" : "council";
  return {
    value: row.actual?.value ?? null,
    percentOfPlan: row.percentOfPlan[judged],
    percentOfOtherPlan: row.percentOfPlan[other],
    attainment: row.evaluation?.attainment ?? null,
    status: row.evaluation?.status ?? null,
    pointsFromPlan: row.evaluation?.pointsFromPlan ?? null,
    provisional: isProvisional(row.actual?.status),
    figureStatus: row.actual?.status ?? null,
  };
}

function cellsFor(
  columns: IndicatorDef[],
  indicators: IndicatorDef[],
  figures: UnitFigures,
  year: number,
  period: Period,
  planChoice: PlanChoice,
): Record<string, CompareCell> {
  const rows = buildUnitReport({ indicators, plans: figures.plans, actuals: figures.actuals, year, period, planChoice }).flatMap(
    (g) => g.rows,
  );
  const byId = new Map(rows.map((r) => [r.indicator.id, r]));
  return Object.fromEntries(columns.map((c) => [c.code, toCell(byId.get(c.id), planChoice)]));
}

/** How many of the shown indicators a row has a figure for: "đã báo cáo x/y". */
export function rowCompleteness(row: CompareRow): { reported: number; expected: number } {
  const cells = Object.values(row.cells);
  return { reported: cells.filter((c) => c.figureStatus !== null).length, expected: cells.length };
}

export function compareRows(input: CompareInput): CompareRow[] {
  const { columns, indicators, year, period, planChoice } = input;
  return input.children.map((unit) => ({
    unit,
    cells: cellsFor(columns, indicators, input.figuresByUnit.get(unit.id) ?? { plans: [], actuals: [] }, year, period, planChoice),
  }));
}

const FINALITY: FigureStatus[] = ["estimate", "preliminary", "official"];

/**
 * The weight of a child's figure: the weight indicator at the same year and period, else its
 * latest figure of that year, else last year's full-year figure (population is counted once a year).
 */
function weightOf(index: Map<string, number>, weightId: number, year: number, period: Period): number | null {
  for (const [y, p] of [
    [year, period],
    [year, "FY"],
    [year, "M9"],
    [year, "H1"],
    [year, "Q1"],
    [year - 1, "FY"],
  ] as const) {
    const v = index.get(`${weightId}|${y}|${p}`);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * The parent's figures for every year and period the children report, rolled up by each
 * indicator's rule: sums add, weighted averages weigh by the weight indicator, shares are
 * recomputed from numerators and denominators. Growth rates are then derived from their rolled-up
 * base by buildUnitReport, as for any unit. A total is only as final as its least final figure.
 */
export function rollupFigures(
  indicators: IndicatorDef[],
  children: UnitFigures[],
): { actuals: ActualFigure[]; coverage: Map<string, { reported: number; expected: number }> } {
  const keyOf = (indicatorId: number, year: number, p: Period) => `${indicatorId}|${year}|${p}`;
  const indexes = children.map((c) => new Map(c.actuals.map((a) => [keyOf(a.indicatorId, a.year, a.period), a])));
  const valueIndexes = children.map((c) => new Map(c.actuals.map((a) => [keyOf(a.indicatorId, a.year, a.period), a.value])));
  const slots = new Map<string, { indicatorId: number; year: number; period: Period }>();
  for (const c of children) for (const a of c.actuals) slots.set(keyOf(a.indicatorId, a.year, a.period), a);

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const actuals: ActualFigure[] = [];
  const coverage = new Map<string, { reported: number; expected: number }>();
  for (const [key, slot] of slots) {
    const indicator = byId.get(slot.indicatorId);
    if (!indicator || indicator.kind === "growth" || indicator.aggregation === "none") continue;
    let status: FigureStatus = "official";
    let illustrative = false;
    const figures: ChildFigure[] = indexes.map((index, i) => {
      const f = index.get(key);
      if (!f) return { value: null };
      if (FINALITY.indexOf(f.status) < FINALITY.indexOf(status)) status = f.status;
      if (f.source === "illustrative") illustrative = true;
      const weight =
        indicator.aggregation === "weighted_avg" && indicator.weightIndicatorId !== null
          ? weightOf(valueIndexes[i]!, indicator.weightIndicatorId, slot.year, slot.period)
          : null;
      return { value: f.value, numerator: f.numerator, denominator: f.denominator, weight };
    });
    const result = rollup(indicator.aggregation, figures);
    coverage.set(key, { reported: result.reported, expected: result.expected });
    if (result.value === null) continue;
    actuals.push({
      indicatorId: slot.indicatorId,
      year: slot.year,
      period: slot.period,
      value: result.value,
      numerator: result.numerator ?? null,
      denominator: result.denominator ?? null,
      statedValue: null,
      status,
      source: illustrative ? "illustrative" : "derived",
    });
  }
  return { actuals, coverage };
}

/** The pinned total row: the children's figures rolled up, judged against the parent's own plans. */
export function compareTotal(input: CompareInput): CompareTotal {
  const { columns, indicators, year, period, planChoice } = input;
  const children = input.children.map((u) => input.figuresByUnit.get(u.id) ?? { plans: [], actuals: [] });
  const { actuals, coverage } = rollupFigures(indicators, children);
  const cells = cellsFor(columns, indicators, { plans: input.parentPlans, actuals }, year, period, planChoice);
  const byColumn: CompareTotal["coverage"] = {};
  for (const c of columns) {
    const id = c.kind === "growth" ? (c.baseIndicatorId ?? c.id) : c.id;
    byColumn[c.code] = coverage.get(`${id}|${year}|${period}`) ?? { reported: 0, expected: input.children.length };
  }
  return { cells, coverage: byColumn };
}

export interface CompareFilter {
  /** Diacritics-insensitive part of the name, already reduced with searchKey. */
  nameKey?: string;
  types?: UnitType[];
  province?: string;
  /** Keep rows where this status appears: in the given column, or in any column. */
  status?: IndicatorStatus;
  statusColumn?: string;
}

/** Rows matching every given condition; nameKeys maps a unit id to its searchKey(name). */
export function filterRows(rows: CompareRow[], filter: CompareFilter, nameKeys: Map<number, string>): CompareRow[] {
  return rows.filter((r) => {
    if (filter.nameKey && !(nameKeys.get(r.unit.id) ?? "").includes(filter.nameKey)) return false;
    if (filter.types && filter.types.length > 0 && !filter.types.includes(r.unit.type)) return false;
    if (filter.province && r.unit.province !== filter.province) return false;
    if (filter.status) {
      const cells = filter.statusColumn ? [r.cells[filter.statusColumn]] : Object.values(r.cells);
      if (!cells.some((c) => c?.status === filter.status)) return false;
    }
    return true;
  });
}
