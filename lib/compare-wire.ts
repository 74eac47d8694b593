// A compact form of comparison rows for the trip from server to browser: thousands of rows as
// arrays of rounded numbers instead of objects with repeated keys (smaller payload, faster to
// serialise). decodeRows gives back exactly what encodeRows was given, numbers rounded.
import { FIGURE_STATUSES, INDICATOR_STATUSES, UNIT_TYPES } from "./domain";
import type { CompareCell, CompareRow } from "./compare";

/** [value, % of plan, % of the other plan, attainment, status, figure status]; 0 for an empty cell. */
export type WireCell = [number | null, number | null, number | null, number | null, number, number] | 0;
/** [id, code, name, type, ...cells in column order] */
export type WireRow = [number, string, string, number, ...WireCell[]];

const round = (v: number | null, d: number) => (v === null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));

export function encodeCell(cell: CompareCell | undefined): WireCell {
  if (!cell || (cell.value === null && cell.status === null && cell.percentOfPlan === null)) return 0;
  return [
    round(cell.value, 4),
    round(cell.percentOfPlan, 2),
    round(cell.percentOfOtherPlan, 2),
    round(cell.attainment, 2),
    cell.status === null ? -1 : INDICATOR_STATUSES.indexOf(cell.status),
    cell.figureStatus === null ? -1 : FIGURE_STATUSES.indexOf(cell.figureStatus),
  ];
}

export function decodeCell(wire: WireCell): CompareCell {
  if (wire === 0) return { value: null, percentOfPlan: null, percentOfOtherPlan: null, attainment: null, status: null, provisional: false, figureStatus: null };
  const [value, percentOfPlan, percentOfOtherPlan, attainment, status, figure] = wire;
  const figureStatus = figure < 0 ? null : FIGURE_STATUSES[figure]!;
  return {
    value,
    percentOfPlan,
    percentOfOtherPlan,
    attainment,
    status: status < 0 ? null : INDICATOR_STATUSES[status]!,
    provisional: figureStatus !== null && figureStatus !== "official",
    figureStatus,
  };
}

export function encodeRows(rows: CompareRow[], columns: string[]): WireRow[] {
  return rows.map((r) => [r.unit.id, r.unit.code, r.unit.name, UNIT_TYPES.indexOf(r.unit.type), ...columns.map((c) => encodeCell(r.cells[c]))]);
}

export function decodeRows(rows: WireRow[], columns: string[]): CompareRow[] {
  return rows.map(([id, code, name, type, ...cells]) => ({
    unit: { id, code, name, type: UNIT_TYPES[type]! },
    cells: Object.fromEntries(columns.map((c, i) => [c, decodeCell(cells[i] ?? 0)])),
  }));
}
