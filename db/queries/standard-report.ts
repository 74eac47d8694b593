import "server-only";
import type { Period } from "@/lib/domain";
import { predecessorHistory, withReformHistory, type IncompleteRollup, type PredecessorRef } from "@/lib/reform";
import { buildUnitReport, latestReportedPeriod, type PlanChoice, type ReportGroup } from "@/lib/report";
import { getReformComparisonData } from "./reform";
import { getReportYears, getUnitReportData } from "./report";
import { getUnit, type UnitSummary } from "./units";

export interface ReformInfo {
  effectiveDate: string;
  years: number[];
  predecessors: PredecessorRef[];
  /** Indicators whose same-period figure could not be rolled up, for the report's period. */
  incomplete: IncompleteRollup[];
  /** Indicators whose same-period figure is the predecessors' roll-up. */
  rolledUpIndicatorIds: number[];
}

export interface StandardReport {
  unit: UnitSummary;
  years: number[];
  year: number;
  period: Period;
  planChoice: PlanChoice;
  groups: ReportGroup[];
  reform: ReformInfo | null;
}

/**
 * The standard report (biểu) of a unit as the page, the printable page and the exports show it:
 * one place that reads the figures and, for a unit created by the 2025 reform, completes last
 * year's figures from its predecessors. Null when the unit does not exist or has no year at all.
 */
export async function getStandardReport({
  unitId,
  year: askedYear,
  period: askedPeriod,
  planChoice = "council",
}: {
  unitId: number;
  year?: number;
  period?: Period;
  planChoice?: PlanChoice;
}): Promise<StandardReport | null> {
  const unit = await getUnit({ unitId });
  if (!unit) return null;
  const years = await getReportYears({ unitId });
  const year = askedYear ?? years[0];
  if (year === undefined) return null;
  const [data, reformData] = await Promise.all([getUnitReportData({ unitId, year }), getReformComparisonData({ unitId, year })]);
  const period = askedPeriod ?? latestReportedPeriod(data.actuals, year) ?? "FY";
  let actuals = data.actuals;
  let reform: ReformInfo | null = null;
  if (reformData) {
    const history = predecessorHistory({ indicators: data.indicators, predecessors: reformData.predecessors, years: reformData.years });
    actuals = withReformHistory(data.actuals, history);
    const own = new Set(data.actuals.filter((a) => a.year === year - 1 && a.period === period).map((a) => a.indicatorId));
    reform = {
      effectiveDate: reformData.effectiveDate,
      years: reformData.years,
      predecessors: reformData.predecessors.map((p) => p.unit),
      incomplete: history.incomplete.filter((i) => i.year === year - 1 && i.period === period),
      rolledUpIndicatorIds: history.actuals
        .filter((a) => a.year === year - 1 && a.period === period && !own.has(a.indicatorId))
        .map((a) => a.indicatorId),
    };
  }
  const groups = buildUnitReport({ ...data, actuals, year, period, planChoice });
  return { unit, years: years.includes(year) ? years : [year, ...years], year, period, planChoice, groups, reform };
}
