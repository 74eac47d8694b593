import { expect, type Locator, type Page } from "@playwright/test";

/** The comparison table of a unit's children: rows by unit code, sortable headers, filters, the pinned total. */
export class ComparePage {
  readonly table: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("compare-table");
    this.total = page.getByTestId("total-row");
  }

  rows(): Locator {
    return this.table.locator("tbody tr[data-unit]");
  }

  async unitNames(): Promise<string[]> {
    return this.rows().locator("th").allInnerTexts();
  }

  async sortBy(columnCode: string) {
    await this.table.locator(`button[data-column="${columnCode}"]`).click();
  }

  header(columnCode: string): Locator {
    return this.table.locator("th", { has: this.page.locator(`button[data-column="${columnCode}"]`) });
  }

  async filterByName(text: string) {
    await this.page.getByRole("searchbox", { name: "Tên đơn vị" }).fill(text);
  }

  async expectRowCount(n: number) {
    await expect(this.rows()).toHaveCount(n);
  }
}
