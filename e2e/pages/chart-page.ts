import type { Locator, Page } from "@playwright/test";

/** A unit's progress chart on one indicator, with its table of figures. */
export class ChartPage {
  readonly points: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.points = page.getByTestId("chart-points");
    this.chart = page.getByRole("img", { name: /^Biểu đồ/ });
  }

  /** The row of the figures table for a period ("Quý I", "6 tháng"…). */
  period(code: "Q1" | "H1" | "M9" | "FY"): Locator {
    return this.points.locator(`tr[data-period="${code}"]`);
  }

  /** An entry of the chart's legend, by series name. */
  legendItem(name: string): Locator {
    return this.chart.getByTestId("chart-legend").locator("li", { hasText: name });
  }

  /** The drawn points of the cumulative actual line. */
  actualDots(): Locator {
    return this.chart.locator('circle[data-series="actual"]');
  }
}
