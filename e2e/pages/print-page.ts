import { expect, type Download, type Locator, type Page } from "@playwright/test";
import fs from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";

/** The printable report: its document, its toolbar, and what Chromium makes of it on paper. */
export class PrintPage {
  readonly document: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.document = page.locator("article.print-document");
    this.table = page.getByTestId("print-report");
  }

  row(indicatorCode: string): Locator {
    return this.table.locator(`tr[data-indicator="${indicatorCode}"]`);
  }

  /** The PDF Chromium prints with the page's own stylesheet (A4 landscape), its text and its first page's size in points, read with pdf.js (unpdf). */
  async pdf(): Promise<{ bytes: Buffer; text: string; pages: number; size: { width: number; height: number } }> {
    await this.page.emulateMedia({ media: "print" });
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    await this.page.emulateMedia({ media: "screen" });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const viewport = (await pdf.getPage(1)).getViewport({ scale: 1 });
    return { bytes, text, pages: totalPages, size: { width: viewport.width, height: viewport.height } };
  }

  async download(name: string | RegExp): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name }).click()]);
    const path = await download.path();
    expect(path).toBeTruthy();
    return { download, bytes: fs.readFileSync(path) };
  }
}

/** Text compared without its spacing: a PDF draws Vietnamese letters in separate runs. */
export const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
