import { expect, type Locator, type Page } from "@playwright/test";

/** Uploading a filled template: the file input, the check, and the problems and figures it lists. */
export class UploadPage {
  readonly problems: Locator;
  readonly figures: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.problems = page.getByTestId("upload-problems");
    this.figures = page.getByTestId("upload-figures");
    this.summary = page.getByTestId("upload-summary");
  }

  async open(unitId: number | string) {
    await this.page.goto(`/units/${unitId}/entry/upload`);
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ tệp Excel hoặc CSV");
  }

  async check(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel(/^Tệp mẫu đã điền/).setInputFiles(file);
    await this.page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await expect(this.page.getByRole("button", { name: "Kiểm tra tệp" })).toBeEnabled();
  }

  /** Checks a CSV file made of these lines, saved as Excel saves Vietnamese CSV (UTF-8 with BOM, CRLF). */
  async checkCsv(name: string, lines: string[]) {
    await this.check({ name, mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + lines.join("\r\n"), "utf8") });
  }

  /** Saves the checked file, confirming warnings when asked to, and waits for the answer. */
  async save() {
    await this.page.getByRole("button", { name: /^Ghi \d+ (số liệu|kế hoạch) vào hệ thống$/ }).click();
    await expect(this.page.getByTestId("upload-saved").or(this.page.getByTestId("upload-commit").getByRole("alert"))).toBeVisible();
  }

  get saved(): Locator {
    return this.page.getByTestId("upload-saved");
  }

  /** Row, column and reason of every problem listed. */
  async problemRows(): Promise<string[][]> {
    return this.problems.locator("tbody tr").evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
  }
}
