// A compact form of comparison rows for the trip from server to browser: thousands of rows as
// arrays of rounded numbers instead of objects with repeated keys (smaller payload, faster to
// serialise), carrying only what the table shows: the shown figure (% of plan or the value), the
// other plan's % for the tooltip, the status and whether the figure is ước / sơ bộ.
import { FIGURE_STATUSES, INDICATOR_STATUSES, UNIT_TYPES } from "./domain";
import type { CompareCell, CompareRow } from "./compare";
import type { CompareShow } from "./view-params";

/**
 * [shown figure, % of the other plan, status, figure status, attainment]; 0 for an empty cell.
 * Attainment (what % columns sort by) comes only where it differs from the % shown: for
 * lower-is-better and range indicators.
 */
export type WireCell = [number | null, number | null, number, number] | [number | null, number | null, number, number, number | null] | 0;

/** Attainment of a zero against a positive ceiling (no poverty at all) is infinite; JSON carries this instead. */
const BEYOND_ANY_PLAN = 1e9;
/** [id, code, name, type, province, ...cells in column order] */
export type WireRow = [number, string, string, number, string | null, ...WireCell[]];
/** Where a row's cells start. */
export const WIRE_CELLS_FROM = 5;

const round = (v: number | null, d: number) => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));

/**
 * Under % of plan, a rate's column carries its gap in percentage points instead (rateColumns):
 * "+2,4 điểm %" is how officials read a rate against its plan.
 */
export function encodeCell(cell: CompareCell | undefined, show: CompareShow, rate = false): WireCell {
  if (!cell) return 0;
  const shown = show === "percent" ? round(rate ? cell.pointsFromPlan : cell.percentOfPlan, 4) : round(cell.value, 4);
  // A figure without a plan still counts as reported: only a cell with nothing at all is 0.
  if (shown === null && cell.status === null && cell.figureStatus === null) return 0;
  const wire: WireCell = [
    shown,
    round(cell.percentOfOtherPlan, 2),
    cell.status === null ? -1 : INDICATOR_STATUSES.indexOf(cell.status),
    cell.figureStatus === null ? -1 : FIGURE_STATUSES.indexOf(cell.figureStatus),
  ];
  if (show !== "percent") return wire;
  const attainment = cell.attainment === Number.POSITIVE_INFINITY ? BEYOND_ANY_PLAN : round(cell.attainment, 2);
  return attainment === shown ? wire : [...wire, attainment];
}

/** Back to a cell; what was not sent (the figure not shown) is null, and attainment not sent is the % shown. */
export function decodeCell(wire: WireCell, show: CompareShow, rate = false): CompareCell {
  if (wire === 0) return { value: null, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, pointsFromPlan: null, provisional: false, figureStatus: null };
  const [shown, percentOfOtherPlan, status, figure, attainment] = wire;
  const figureStatus = figure < 0 ? null : FIGURE_STATUSES[figure]!;
  return {
    value: show === "value" ? shown : null,
    percentOfPlan: show === "percent" && !rate ? shown : null,
    pointsFromPlan: show === "percent" && rate ? shown : null,
    percentOfOtherPlan,
    attainment: show === "percent" ? (attainment === undefined ? shown : attainment === BEYOND_ANY_PLAN ? Number.POSITIVE_INFINITY : attainment) : null,
    status: status < 0 ? null : INDICATOR_STATUSES[status]!,
    provisional: figureStatus !== null && figureStatus !== "official",
    figureStatus,
  };
}

export function encodeRows(rows: CompareRow[], columns: string[], show: CompareShow, rateColumns: ReadonlySet<string> = new Set()): WireRow[] {
  return rows.map((r) => [r.unit.id, r.unit.code, r.unit.name, UNIT_TYPES.indexOf(r.unit.type), r.unit.province ?? null, ...columns.map((c) => encodeCell(r.cells[c], show, rateColumns.has(c)))]);
}

export function decodeRows(rows: WireRow[], columns: string[], show: CompareShow, rateColumns: ReadonlySet<string> = new Set()): CompareRow[] {
  return rows.map(([id, code, name, type, province, ...cells]) => ({
    unit: { id, code, name, type: UNIT_TYPES[type]!, province },
    cells: Object.fromEntries(columns.map((c, i) => [c, decodeCell(cells[i] ?? 0, show, rateColumns.has(c))])),
  }));
}
