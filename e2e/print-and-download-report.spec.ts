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
  test("prints Bỉm Sơn's 2024 report as an administrative document on A4 landscape, in the PDF too", async ({ page }) => {
    await openBimSonTown(page);
    await page.getByRole("link", { name: "In / Tải PDF" }).click();
    const print = new PrintPage(page);
    await expect(print.document.getByRole("heading", { level: 1 })).toHaveText("BÁO CÁO");
    await expect(page.getByTestId("print-issuer")).toHaveText(/UBND TỈNH THANH HÓA\s*UBND THỊ XÃ BỈM SƠN\s*Số: …\/BC-UBND/);
    await expect(page.getByTestId("print-table-title")).toHaveText("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CỦA THỊ XÃ BỈM SƠN NĂM 2024");
    await expect(page.getByTestId("print-date")).toHaveText(/^Bỉm Sơn, ngày \d{2} tháng \d{2} năm \d{4}$/);
    // Reading needs no account, and the signer's fields are only for the unit's editors.
    await expect(page.getByText("Số văn bản, nơi nhận và người ký")).toHaveCount(0);
    await expect(print.row("GTSX").locator("[data-status]")).toHaveText("Không đạt kế hoạch");
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
    const { bytes, text, size } = await print.pdf();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 landscape: 297 × 210 mm is 841,89 × 595,28 pt.
    expect(Math.round(size.width)).toBe(842);
    expect(Math.round(size.height)).toBe(595);
    const paper = squash(text);
    for (const expected of [
      "UBND TỈNH THANH HÓA",
      "UBND THỊ XÃ BỈM SƠN",
      "Số: …/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Bỉm Sơn, ngày",
      "BÁO CÁO",
      "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CỦA THỊ XÃ BỈM SƠN NĂM 2024",
      "STT",
      "TH / Ước TH kỳ",
      "% KH cấp trên giao",
      "% KH HĐND giao",
      "% cùng kỳ",
      "Đánh giá",
      "Giá trị sản xuất trên địa bàn",
      "≥ 18.964",
      "Ghi chú",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Người lập biểu",
    ]) {
      expect(paper).toContain(squash(expected));
    }
    expect(paper).not.toContain(squash("Nhập từ tệp Excel/CSV"));
  });

  test("downloads the report as .xlsx for people and as CSV for programs", async ({ page }) => {
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
      "% KH cấp trên giao",
      "% KH HĐND giao",
      "% cùng kỳ",
      "Đánh giá",
      "Ghi chú",
    ]);
    // Printing from Excel gives the same biểu: A4 landscape, the table's area, its header on every page.
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: `${header.number}:${header.number}` });
    expect(sheet.pageSetup.printArea).toMatch(/^A1:L\d+$/);
    expect(sheet.getCell("A1").value).toBe("UBND TỈNH THANH HÓA");
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
    expect(text).toContain("STT,Chỉ tiêu,ĐVT,TH cùng kỳ,Dấu so sánh KH cấp trên giao,KH cấp trên giao,Dấu so sánh KH HĐND giao,KH HĐND giao,TH / Ước TH kỳ,% KH cấp trên giao,% KH HĐND giao,% cùng kỳ,Đánh giá,Ghi chú\r\n");
    // Plain numbers, the comparator in its own column.
    expect(text).toMatch(/\r\n\d+,Giá trị sản xuất trên địa bàn,tỷ đồng,[\d.]*,,,gte,18964,\d+(\.\d+)?,/);
  });

  test("prints one indicator group across the town's wards", async ({ page }) => {
    await openBimSonTown(page);
    await page.getByRole("link", { name: "So sánh các đơn vị trực thuộc" }).click();
    const table = page.getByTestId("print-comparison");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("BÁO CÁO");
    await expect(page.getByTestId("print-table-title")).toHaveText("SO SÁNH KẾT QUẢ THỰC HIỆN CHỈ TIÊU NHÓM KINH TẾ CỦA CÁC ĐƠN VỊ TRỰC THUỘC THỊ XÃ BỈM SƠN NĂM 2024");
    await expect(page.getByTestId("print-issuer")).toContainText("UBND THỊ XÃ BỈM SƠN");
    await expect(page.getByTestId("print-signer")).toContainText("TM. ỦY BAN NHÂN DÂN");
    await expect(table.locator('tr[data-indicator="GTSX"]')).toContainText("Giá trị sản xuất trên địa bàn (tỷ đồng)");
    await expect(table.locator("tr[data-unit]")).not.toHaveCount(0);
    await expect(table.locator('tr[data-total="GTSX"]')).toContainText("Tổng cộng");
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
      undefined, "STT", "Đơn vị", "ĐVT", "TH cùng kỳ", "KH cấp trên giao", "KH HĐND giao", "TH / Ước TH kỳ", "% KH cấp trên giao", "% KH HĐND giao", "% cùng kỳ", "Đánh giá", "Ghi chú",
    ]);
    expect(comparison.getColumn(2).width).toBe(30);
    expect(comparison.pageSetup).toMatchObject({ orientation: "landscape", printTitlesRow: `${header.number}:${header.number}` });
    // Tổng cộng: the town, by each indicator's rule.
    expect(rowWith(comparison, 2, "Tổng cộng")).toBeTruthy();
    const baDinh = rowWith(comparison, 2, "Phường Ba Đình");
    expect(typeof baDinh.getCell(7).value).toBe("number");
    expect(baDinh.getCell(7).numFmt).toMatch(/^#,##0/);
    const comparisonCsv = (await print.download("Tải CSV")).bytes;
    expect([...comparisonCsv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(comparisonCsv.toString("utf8")).toContain("STT,Đơn vị,ĐVT,TH cùng kỳ,Dấu so sánh KH cấp trên giao,KH cấp trên giao,Dấu so sánh KH HĐND giao,KH HĐND giao,TH / Ước TH kỳ,% KH cấp trên giao,% KH HĐND giao,% cùng kỳ,Đánh giá,Ghi chú\r\n");
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
    // The same figures as CSV, from their own link: UTF-8 with BOM, the figure a plain number.
    const figuresCsv = await print.download("Tải số liệu gốc (CSV)");
    expect(figuresCsv.download.suggestedFilename()).toBe("Số liệu Thị xã Bỉm Sơn 381 năm 2024.csv");
    expect([...figuresCsv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await page.request.get(`/units/${townId}/figures/export?year=2024&format=csv`)).headers()["content-type"]).toContain("text/csv");
    const csvText = figuresCsv.bytes.toString("utf8");
    expect(csvText).toContain("Mã chỉ tiêu,Chỉ tiêu,ĐVT,Năm,Kỳ báo cáo,Số liệu,Tử số,Mẫu số,Tình trạng,Nguồn\r\n");
    expect(csvText).toContain(`\r\nGTSX,Giá trị sản xuất trên địa bàn,tỷ đồng,2024,${String(gtsx.getCell(5).value)},${String(gtsx.getCell(6).value)},`);
    expect(String(gtsx.getCell(6).value)).toMatch(/^\d+(\.\d+)?$/);
  });

  test("the report page still reads as before", async ({ page }) => {
    await openBimSonTown(page);
    await new ReportPage(page).expectCell("GTSX", "≥ 18.964");
  });
});
