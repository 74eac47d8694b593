import { expect, type Locator, type Page } from "@playwright/test";

/** One unit's entry form for a period: rows by indicator code, the result banner, saving. */
export class EntryPage {
  readonly form: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("entry-form");
    this.result = page.getByTestId("entry-result");
  }

  async open(unitId: number, year: number, period: string) {
    await this.page.goto(`/units/${unitId}/entry?year=${year}&period=${period}`);
    await expect(this.form).toBeVisible();
  }

  row(indicatorCode: string): Locator {
    return this.form.locator(`tr[data-indicator="${indicatorCode}"]`);
  }

  value(indicatorCode: string): Locator {
    return this.row(indicatorCode).locator('input[name^="value."]');
  }

  numerator(indicatorCode: string): Locator {
    return this.row(indicatorCode).locator('input[name^="numerator."]');
  }

  denominator(indicatorCode: string): Locator {
    return this.row(indicatorCode).locator('input[name^="denominator."]');
  }

  status(indicatorCode: string): Locator {
    return this.row(indicatorCode).locator('select[name^="status."]');
  }

  note(indicatorCode: string): Locator {
    return this.row(indicatorCode).locator('input[name^="note."]');
  }

  async save() {
    await this.page.getByRole("button", { name: "Lưu số liệu" }).click();
  }
}
