// Small hand-made indicators and figures for the unit tests of the dashboard, comparison and charts.
import type { Period } from "../domain";
import type { ActualFigure, IndicatorDef, PlanFigure } from "../report";

export function indicator(id: number, code: string, fields: Partial<IndicatorDef> = {}): IndicatorDef {
  return {
    id,
    code,
    nameVi: code,
    nameEn: code,
    group: "economy",
    measureVi: "tỷ đồng",
    measureEn: "billion VND",
    direction: "higher",
    timeBehaviour: "flow",
    aggregation: "sum",
    kind: "amount",
    baseIndicatorId: null,
    weightIndicatorId: null,
    decimals: 0,
    sortOrder: id * 10,
    ...fields,
  };
}

export function plan(indicatorId: number, value: number, fields: Partial<PlanFigure> = {}): PlanFigure {
  return {
    indicatorId,
    version: "council",
    comparator: "gte",
    value,
    valueMax: null,
    source: "document",
    documentNumber: null,
    documentDate: null,
    ...fields,
  };
}

export function actual(indicatorId: number, year: number, period: Period, value: number, fields: Partial<ActualFigure> = {}): ActualFigure {
  return {
    indicatorId,
    year,
    period,
    value,
    numerator: null,
    denominator: null,
    statedValue: null,
    status: "official",
    source: "document",
    ...fields,
  };
}
