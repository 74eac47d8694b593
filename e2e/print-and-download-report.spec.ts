import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { PrintPage, squash } from "./pages/print-page";
import { ReportPage } from "./pages/report-page";

async function openBimSonTown(page: import("@playwright/test").Page) {
  await page.goto("/?q=Bỉm Sơn");
  await page.getByRole("link", { name: /^Thị xã Bỉm Sơn/ }).click();
  await new ReportPage(page).openFromDashboard();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: kết quả thực hiện Cả năm năm 2024");
}

test.describe("an official prints the report and sends it on", () => {
  test("prints Bỉm Sơn's 2024 report on A4 landscape, header and table in the PDF", async ({ page }) => {
    await openBimSonTown(page);
    await page.getByRole("link", { name: "In / Tải PDF" }).click();
    const print = new PrintPage(page);
    await expect(print.document.getByRole("heading", { level: 1 })).toHaveText("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI");
    await expect(print.document).toContainText("UBND Thị xã Bỉm Sơn");
    await expect(print.document).toContainText("Thị xã Bỉm Sơn · Cả năm năm 2024");
    await expect(page.getByTestId("print-date")).toHaveText(/^Ngày \d{2} tháng \d{2} năm \d{4}$/);
    await expect(print.row("GTSX")).toContainText("≥ 18.964");
    await expect(print.row("GTSX")).toContainText("Ước");
    await expect(print.document.locator('[data-footnote="estimate"]')).toBeVisible();

    // The one-click PDF is the browser's print dialog with the print stylesheet.
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole("button", { name: "In / Tải PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);

    // On paper: no navigation, A4 landscape (842 × 595 pt), the header and the table.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
    await expect(page.getByRole("button", { name: "In / Tải PDF" })).toBeHidden();
    // Table headers repeat on every page and no row is split across two.
    await expect(print.table.locator("thead")).toHaveCSS("display", "table-header-group");
    await expect(print.row("GTSX")).toHaveCSS("break-inside", "avoid");
    const { bytes, text } = await print.pdf();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1")).toMatch(/\/MediaBox\s*\[0 0 841\.\d+ 59[45]\.\d+\]/);
    const paper = squash(text);
    for (const expected of [
      "UBND THỊ XÃ BỈM SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI",
      "Thị xã Bỉm Sơn · Cả năm năm 2024",
      "STT",
      "TH / Ước TH kỳ",
      "KH HĐND giao",
      "% cùng kỳ",
      "Giá trị sản xuất trên địa bàn",
      "≥ 18.964",
      "Ghi chú",
    ]) {
      expect(paper).toContain(squash(expected));
    }
    expect(paper).not.toContain(squash("Nhập từ tệp Excel/CSV"));
  });

  test("downloads the report as .xlsx with real numbers and as CSV that Excel reads as UTF-8", async ({ page }) => {
    await openBimSonTown(page);
    const print = new PrintPage(page);
    const xlsx = await print.download("Tải Excel (.xlsx)");
    expect(xlsx.download.suggestedFilename()).toMatch(/Bỉm Sơn 381 Cả năm 2024\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Báo cáo")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen" });
    const header = sheet.getRow((sheet.views[0] as { ySplit: number }).ySplit);
    expect(header.values).toEqual([
      undefined,
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "TH cùng kỳ",
      "KH cấp trên giao",
      "KH HĐND giao",
      "TH / Ước TH kỳ",
      "% KH",
      "% cùng kỳ",
      "Ghi chú",
    ]);
    let gtsx: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === "Giá trị sản xuất trên địa bàn") gtsx = row;
    });
    expect(gtsx!.getCell(6).value).toBe(18964);
    expect(gtsx!.getCell(6).numFmt).toBe('"≥ "#,##0');
    expect(typeof gtsx!.getCell(7).value).toBe("number");

    const csv = await print.download("Tải CSV");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString("utf8");
    expect(text).toContain("STT,Chỉ tiêu,ĐVT,TH cùng kỳ,KH cấp trên giao,KH HĐND giao,TH / Ước TH kỳ,% KH,% cùng kỳ,Ghi chú\r\n");
    expect(text).toContain("Giá trị sản xuất trên địa bàn,tỷ đồng,");
    expect(text).toContain("≥ 18.964");
  });

  test("prints one indicator group across the town's wards", async ({ page }) => {
    await openBimSonTown(page);
    await page.getByRole("link", { name: "So sánh các đơn vị trực thuộc" }).click();
    const table = page.getByTestId("print-comparison");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SO SÁNH KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA CÁC ĐƠN VỊ TRỰC THUỘC");
    await expect(table.locator('tr[data-indicator="GTSX"]')).toContainText("Giá trị sản xuất trên địa bàn (tỷ đồng)");
    await expect(table.locator("tr[data-unit]")).not.toHaveCount(0);
    for (const ward of ["Phường Bắc Sơn", "Phường Ba Đình", "Xã Quang Trung"]) await expect(table).toContainText(ward);
    await page.getByLabel("Nhóm chỉ tiêu").selectOption("defence_security");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/group=defence_security/);
    await expect(page.getByTestId("print-comparison")).toContainText("Phường Ba Đình");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/381 Cả năm 2024 Quốc phòng - an ninh\.xlsx$/);
  });

  test("the report page still reads as before", async ({ page }) => {
    await openBimSonTown(page);
    await new ReportPage(page).expectCell("GTSX", "≥ 18.964");
  });
});
