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

  test("downloads the comparison and the raw figures as .xlsx with real numbers and as CSV with BOM", async ({ page }) => {
    await openBimSonTown(page);
    const townId = /\/units\/(\d+)\//.exec(page.url())![1]!;
    const load = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return workbook.worksheets[0]!;
    };
    const rowWith = (sheet: ExcelJS.Worksheet, column: number, value: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (!found && row.getCell(column).value === value) found = row;
      });
      return found!;
    };

    // The comparison: one indicator group across the town's wards.
    await page.getByRole("link", { name: "So sánh các đơn vị trực thuộc" }).click();
    await expect(page.getByTestId("print-comparison")).toBeVisible();
    const print = new PrintPage(page);
    const comparison = await load((await print.download("Tải Excel (.xlsx)")).bytes);
    expect(comparison.name).toBe("So sánh");
    expect(comparison.views[0]).toMatchObject({ state: "frozen" });
    const header = comparison.getRow((comparison.views[0] as { ySplit: number }).ySplit);
    expect(header.values).toEqual([
      undefined, "STT", "Đơn vị", "ĐVT", "TH cùng kỳ", "KH cấp trên giao", "KH HĐND giao", "TH / Ước TH kỳ", "% KH", "% cùng kỳ", "Ghi chú",
    ]);
    expect(comparison.getColumn(2).width).toBe(36);
    const baDinh = rowWith(comparison, 2, "Phường Ba Đình");
    expect(typeof baDinh.getCell(7).value).toBe("number");
    expect(baDinh.getCell(7).numFmt).toMatch(/^#,##0/);
    const comparisonCsv = (await print.download("Tải CSV")).bytes;
    expect([...comparisonCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(comparisonCsv.toString("utf8")).toContain("STT,Đơn vị,ĐVT,TH cùng kỳ,KH cấp trên giao,KH HĐND giao,TH / Ước TH kỳ,% KH,% cùng kỳ,Ghi chú\r\n");
    expect(comparisonCsv.toString("utf8")).toContain("Phường Ba Đình,");

    // The raw figures, as stored: one row per indicator and period.
    await page.goto(`/units/${townId}/report?year=2024&period=FY`);
    const figures = await load((await print.download("Tải số liệu gốc (.xlsx)")).bytes);
    expect(figures.views[0]).toMatchObject({ state: "frozen" });
    const figuresHeader = figures.getRow((figures.views[0] as { ySplit: number }).ySplit);
    expect(figuresHeader.values).toEqual([undefined, "Mã chỉ tiêu", "Chỉ tiêu", "ĐVT", "Năm", "Kỳ báo cáo", "Số liệu", "Tử số", "Mẫu số", "Tình trạng", "Nguồn"]);
    expect(figures.getColumn(2).width).toBe(44);
    const gtsx = rowWith(figures, 1, "GTSX");
    // The year is a label (never "2.024"), the figure a number formatted with thousands.
    expect(gtsx.getCell(4).value).toBe("2024");
    expect(typeof gtsx.getCell(6).value).toBe("number");
    expect(gtsx.getCell(6).numFmt).toBe("#,##0");
    // The same figures as CSV, from their own link: UTF-8 with BOM, the figure in vi-VN.
    const figuresCsv = await print.download("Tải số liệu gốc (CSV)");
    expect(figuresCsv.download.suggestedFilename()).toBe("Số liệu Thị xã Bỉm Sơn 381 năm 2024.csv");
    expect([...figuresCsv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await page.request.get(`/units/${townId}/figures/export?year=2024&format=csv`)).headers()["content-type"]).toContain("text/csv");
    const csvText = figuresCsv.bytes.toString("utf8");
    expect(csvText).toContain("Mã chỉ tiêu,Chỉ tiêu,ĐVT,Năm,Kỳ báo cáo,Số liệu,Tử số,Mẫu số,Tình trạng,Nguồn\r\n");
    const gtsxVi = new Intl.NumberFormat("vi-VN").format(gtsx.getCell(6).value as number);
    expect(gtsxVi).toMatch(/^\d{1,3}(\.\d{3})+$/);
    expect(csvText).toContain(`\r\nGTSX,Giá trị sản xuất trên địa bàn,tỷ đồng,2024,${String(gtsx.getCell(5).value)},${gtsxVi},`);
  });

  test("the report page still reads as before", async ({ page }) => {
    await openBimSonTown(page);
    await new ReportPage(page).expectCell("GTSX", "≥ 18.964");
  });
});
