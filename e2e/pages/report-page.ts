import { expect, type Locator, type Page } from "@playwright/test";

/** The report's data cells in order, after the row's number; the indicator's name is the row header between. */
const REPORT_COLUMNS = ["number", "measure", "samePeriod", "planHigher", "planCouncil", "actual", "percentHigher", "percentCouncil", "percentSamePeriod", "status"] as const;

/** The unit report as an official sees it: the table, its rows by indicator code, and the language switch. */
export class ReportPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("unit-report");
  }

  row(indicatorCode: string): Locator {
    return this.table.locator(`tr[data-indicator="${indicatorCode}"]`);
  }

  /** One cell of an indicator's row, by the column it stands in (the name column is the row's header). */
  cell(indicatorCode: string, column: (typeof REPORT_COLUMNS)[number]): Locator {
    return this.row(indicatorCode).locator("td").nth(REPORT_COLUMNS.indexOf(column));
  }

  async expectCell(indicatorCode: string, text: string | RegExp) {
    await expect(this.row(indicatorCode)).toContainText(text);
  }

  /** From a unit's dashboard (where the search leads), the report tab. */
  async openFromDashboard() {
    await this.page.getByRole("navigation", { name: "Xem đơn vị theo" }).getByRole("link", { name: "Báo cáo" }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("kết quả thực hiện");
  }

  async switchLanguage(name: "English" | "Tiếng Việt") {
    await this.page.getByRole("button", { name }).click();
  }
}
