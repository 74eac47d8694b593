// The entry template for a unit and period: the unit's indicators, one per row, with the figures
// already stored, so that a downloaded template uploaded again changes nothing. The layout is
// shared with the upload reader (./upload.ts): label/value lines for unit, year and period, then
// a header row whose first column is the indicator code.
import type { FigureStatus, Period } from "../domain";
import type { ActualFigure, IndicatorDef, PlanFigure } from "../report";
import type { Cell, Sheet } from "./sheet";

/**
 * "revision" carries each figure's revision as downloaded (0 where there was none), so that an upload
 * can tell a figure someone else changed since then from one the official means to change. Optional
 * on upload: a file made by hand without it is compared with the stored figures only.
 */
export const TEMPLATE_COLUMNS = ["code", "indicator", "measure", "value", "status", "numerator", "denominator", "note", "revision"] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
export const TEMPLATE_META = ["unitCode", "unitName", "year", "period"] as const;
export type TemplateMeta = (typeof TEMPLATE_META)[number];

export interface TemplateText {
  sheetName: string;
  title: string[];
  meta: Record<TemplateMeta, string>;
  columns: Record<TemplateColumn, string>;
  period: (p: Period) => string;
  status: (s: FigureStatus) => string;
}

export interface CurrentFigure {
  /** The stored figure's revision: a save of the upload is refused if it has moved on since the preview. */
  revision: number;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: FigureStatus;
  note: string | null;
}

/** Indicators can be entered unless derived (growth rates are computed from their base). */
export function isEnterable(indicator: IndicatorDef): boolean {
  return indicator.kind !== "growth";
}

/**
 * The unit's indicators: those it has a plan for in the year or figures for in the year or the year
 * before; every enterable indicator when it has none yet (a new unit's first year).
 */
export function templateIndicators({
  indicators,
  plans,
  actuals,
}: {
  indicators: IndicatorDef[];
  plans: Pick<PlanFigure, "indicatorId">[];
  actuals: Pick<ActualFigure, "indicatorId">[];
}): IndicatorDef[] {
  const used = new Set([...plans, ...actuals].map((f) => f.indicatorId));
  const enterable = indicators.filter(isEnterable).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const own = enterable.filter((i) => used.has(i.id));
  return own.length > 0 ? own : enterable;
}

export function entryTemplateSheet(
  {
    unit,
    year,
    period,
    indicators,
    current,
  }: {
    unit: { code: string; name: string };
    year: number;
    period: Period;
    indicators: IndicatorDef[];
    current: Map<number, CurrentFigure>;
  },
  text: TemplateText,
): Sheet {
  const rows: Cell[][] = indicators.map((indicator) => {
    const f = current.get(indicator.id);
    const ratio = indicator.kind === "ratio";
    return [
      indicator.code,
      indicator.nameVi,
      indicator.measureVi,
      // A ratio is computed from its parts; its value column is left for a stated figure.
      f && !ratio ? f.value : null,
      f ? text.status(f.status) : null,
      f?.numerator ?? null,
      f?.denominator ?? null,
      f?.note ?? null,
      f?.revision ?? 0,
    ];
  });
  const decimals = indicators.map((i) => i.decimals);
  const c = text.columns;
  return {
    name: text.sheetName,
    title: text.title,
    meta: [
      [text.meta.unitCode, unit.code],
      [text.meta.unitName, unit.name],
      [text.meta.year, String(year)],
      [text.meta.period, text.period(period)],
    ],
    columns: [
      { header: c.code, width: 16 },
      { header: c.indicator, width: 44 },
      { header: c.measure, width: 18 },
      { header: c.value, width: 16, decimalsByRow: decimals },
      { header: c.status, width: 20 },
      { header: c.numerator, width: 12, decimals: 0 },
      { header: c.denominator, width: 12, decimals: 0 },
      { header: c.note, width: 30 },
      { header: c.revision, width: 14, decimals: 0 },
    ],
    rows,
  };
}
