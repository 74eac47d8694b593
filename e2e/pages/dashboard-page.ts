import { expect, type Locator, type Page } from "@playwright/test";

/** A unit's dashboard as an official reads it: the summary line, the indicators, the child units and the tabs. */
export class DashboardPage {
  readonly summary: Locator;
  readonly children: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByTestId("status-summary");
    this.children = page.getByTestId("child-units");
  }

  /** Finds a unit by name from the home page and opens its dashboard. */
  async openFromSearch(query: string, unitName: string | RegExp) {
    await this.page.goto(`/?q=${encodeURIComponent(query)}`);
    await this.page.getByRole("link", { name: unitName }).first().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("tiến độ thực hiện");
  }

  /** The count the summary line gives for a status, e.g. "exceeded" → 1. */
  async count(status: "exceeded" | "achieved" | "not_achieved" | "not_reported"): Promise<number> {
    const part = this.summary.locator(`[data-status="${status}"]`);
    if ((await part.count()) === 0) return 0;
    return Number(await part.getAttribute("data-count"));
  }

  /** The rows of the children table, one a child unit. */
  childRows(): Locator {
    return this.children.locator("tbody").getByRole("row");
  }

  /** A child's row; its cells are "đã báo cáo x/y", the counts vượt, đạt, chậm / không đạt, chưa báo cáo, then the headline (worst) verdict. */
  childRow(name: string): Locator {
    return this.childRows().filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  indicator(code: string): Locator {
    return this.page.locator(`li[data-indicator="${code}"]`);
  }

  tab(name: "Tổng quan" | "Báo cáo" | "So sánh đơn vị trực thuộc"): Locator {
    return this.page.getByRole("navigation", { name: "Xem đơn vị theo" }).getByRole("link", { name });
  }
}
