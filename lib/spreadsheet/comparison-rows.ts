// The comparison variant of the biểu: one indicator group across the units under a parent (the
// wards of a town), one block per indicator and one line per unit. Lines come from each unit's
// own standard report, so figures, percentages and notes are those of reportLines.
import type { IndicatorGroup } from "../domain";
import type { IndicatorDef, ReportGroup } from "../report";
import { reportLines, type ReportIndicatorLine } from "./report-rows";

export interface ComparisonUnit {
  id: number;
  code: string;
  name: string;
}

export interface ComparisonHeading {
  kind: "indicator";
  number: number;
  indicator: IndicatorDef;
}

export interface ComparisonUnitLine extends Omit<ReportIndicatorLine, "kind" | "number"> {
  kind: "unit";
  /** Position of the unit within its indicator block: 1, 2, 3… */
  number: number;
  unit: ComparisonUnit;
}

/** Tổng cộng: the parent's figures rolled up from its units by each indicator's rule, judged against its own plans. */
export interface ComparisonTotalLine extends Omit<ReportIndicatorLine, "kind" | "number"> {
  kind: "total";
}

export type ComparisonLine = ComparisonHeading | ComparisonUnitLine | ComparisonTotalLine;

export function comparisonLines(
  group: IndicatorGroup,
  units: { unit: ComparisonUnit; groups: ReportGroup[]; rolledUpIndicatorIds?: number[] }[],
  total?: ReportGroup[],
): ComparisonLine[] {
  const totals = reportLines((total ?? []).filter((g) => g.group === group)).filter((l): l is ReportIndicatorLine => l.kind === "indicator");
  const perUnit = units.map(({ unit, groups, rolledUpIndicatorIds }) => ({
    unit,
    lines: reportLines(
      groups.filter((g) => g.group === group),
      { rolledUpIndicatorIds },
    ).filter((l): l is ReportIndicatorLine => l.kind === "indicator"),
  }));
  const indicators = new Map<number, IndicatorDef>();
  for (const u of perUnit) for (const l of u.lines) indicators.set(l.indicator.id, l.indicator);
  const ordered = [...indicators.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const out: ComparisonLine[] = [];
  ordered.forEach((indicator, i) => {
    out.push({ kind: "indicator", number: i + 1, indicator });
    let n = 1;
    for (const u of perUnit) {
      const line = u.lines.find((l) => l.indicator.id === indicator.id);
      if (!line) continue;
      const { kind: _kind, number: _number, ...figures } = line;
      out.push({ ...figures, kind: "unit", number: n++, unit: u.unit });
    }
    const totalLine = totals.find((l) => l.indicator.id === indicator.id);
    if (totalLine) {
      const { kind: _kind, number: _number, ...figures } = totalLine;
      out.push({ ...figures, kind: "total" });
    }
  });
  return out;
}
