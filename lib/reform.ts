// Same-period comparisons across the 2025 reform. A unit created on 01/07/2025 has no figures of
// its own for earlier years, so its "same period last year" is the roll-up of its predecessors'
// figures, each indicator by its own rule (sums add up, weighted averages weigh, shares are
// recomputed from counts; indicators that do not aggregate have no such figure). Only complete
// roll-ups are used: a predecessor without a figure would show as a fall. Pure.
import { FIGURE_STATUSES, PERIODS, type FigureSource, type FigureStatus, type Period } from "./domain";
import type { ActualFigure, IndicatorDef } from "./report";
import { rollup, type ChildFigure } from "./rollup";

export interface PredecessorRef {
  id: number;
  code: string;
  name: string;
}

export interface PredecessorFigures {
  unit: PredecessorRef;
  /** The predecessor's actuals for the years asked for. */
  actuals: ActualFigure[];
}

export interface IncompleteRollup {
  indicatorId: number;
  year: number;
  period: Period;
  /** Predecessors without a usable figure. */
  missing: PredecessorRef[];
}

export interface ReformHistory {
  /** Figures of the successor for years before it existed, rolled up from its predecessors. */
  actuals: ActualFigure[];
  /** Where some predecessors had figures and others did not: no figure, and who is missing. */
  incomplete: IncompleteRollup[];
}

/** Years before the unit existed that a report of `year` needs: last year, and the year before for growth rates. */
export function yearsBeforeReform(year: number, effectiveDate: string): number[] {
  const firstYear = Number(effectiveDate.slice(0, 4));
  return [year - 1, year - 2].filter((y) => y < firstYear);
}

const leastFinal = (statuses: FigureStatus[]): FigureStatus =>
  FIGURE_STATUSES.find((s) => statuses.includes(s)) ?? "official";

function combinedSource(sources: FigureSource[]): FigureSource {
  if (sources.includes("illustrative")) return "illustrative";
  return sources.every((s) => s === "document") ? "document" : "derived";
}

export function predecessorHistory({
  indicators,
  predecessors,
  years,
}: {
  indicators: IndicatorDef[];
  predecessors: PredecessorFigures[];
  years: number[];
}): ReformHistory {
  const history: ReformHistory = { actuals: [], incomplete: [] };
  if (predecessors.length === 0) return history;
  const figureOf = new Map<string, ActualFigure>();
  for (const p of predecessors) {
    for (const a of p.actuals) figureOf.set(`${p.unit.id}|${a.indicatorId}|${a.year}|${a.period}`, a);
  }
  const get = (unitId: number, indicatorId: number, year: number, period: Period) =>
    figureOf.get(`${unitId}|${indicatorId}|${year}|${period}`);

  for (const indicator of indicators) {
    // Growth rates are derived from their base indicator's rolled-up figures by the report itself.
    if (indicator.kind === "growth" || indicator.aggregation === "none") continue;
    for (const year of years) {
      for (const period of PERIODS) {
        const figures = predecessors.map((p) => get(p.unit.id, indicator.id, year, period));
        if (figures.every((f) => f === undefined)) continue;
        const children: ChildFigure[] = predecessors.map((p, i) => {
          const f = figures[i];
          const weightId = indicator.weightIndicatorId;
          // A level such as population is often reported for the full year only.
          const weight =
            weightId === null ? null : (get(p.unit.id, weightId, year, period) ?? get(p.unit.id, weightId, year, "FY"))?.value ?? null;
          return { value: f?.value ?? null, numerator: f?.numerator ?? null, denominator: f?.denominator ?? null, weight };
        });
        const result = rollup(indicator.aggregation, children);
        if (!result.complete || result.value === null) {
          const missing = predecessors.filter((_, i) => {
            const c = children[i]!;
            if (indicator.aggregation === "share") return c.numerator === null || c.denominator === null;
            if (indicator.aggregation === "weighted_avg") return c.value === null || c.weight === null;
            return c.value === null;
          });
          history.incomplete.push({ indicatorId: indicator.id, year, period, missing: missing.map((p) => p.unit) });
          continue;
        }
        const present = figures.filter((f): f is ActualFigure => f !== undefined);
        history.actuals.push({
          indicatorId: indicator.id,
          year,
          period,
          value: result.value,
          numerator: result.numerator ?? null,
          denominator: result.denominator ?? null,
          statedValue: null,
          status: leastFinal(present.map((f) => f.status)),
          source: combinedSource(present.map((f) => f.source)),
        });
      }
    }
  }
  return history;
}

/** The unit's own figures, completed by its predecessors' roll-up where it has none of its own. */
export function withReformHistory(own: ActualFigure[], history: ReformHistory): ActualFigure[] {
  const key = (a: ActualFigure) => `${a.indicatorId}|${a.year}|${a.period}`;
  const present = new Set(own.map(key));
  return [...own, ...history.actuals.filter((a) => !present.has(key(a)))];
}

export interface ReformCompletion {
  /** The unit's figures with the predecessors' roll-up where it has none of its own. */
  actuals: ActualFigure[];
  /** Same-period figures (year − 1, period) that could not be rolled up, with who is missing. */
  incomplete: IncompleteRollup[];
  /** Indicators whose same-period figure (year − 1, period) is the predecessors' roll-up. */
  rolledUpIndicatorIds: number[];
}

/**
 * A unit's figures for a view of `year` and `period`, completed from its predecessors for the
 * years before it existed: what every view of a unit formed by the 2025 reform judges by.
 */
export function completeWithPredecessors({
  indicators,
  own,
  predecessors,
  years,
  year,
  period,
}: {
  indicators: IndicatorDef[];
  own: ActualFigure[];
  predecessors: PredecessorFigures[];
  years: number[];
  year: number;
  period: Period;
}): ReformCompletion {
  const history = predecessorHistory({ indicators, predecessors, years });
  const ownLastYear = new Set(own.filter((a) => a.year === year - 1 && a.period === period).map((a) => a.indicatorId));
  return {
    actuals: withReformHistory(own, history),
    incomplete: history.incomplete.filter((i) => i.year === year - 1 && i.period === period),
    rolledUpIndicatorIds: history.actuals
      .filter((a) => a.year === year - 1 && a.period === period && !ownLastYear.has(a.indicatorId))
      .map((a) => a.indicatorId),
  };
}
