import { expect, test } from "@playwright/test";
import { ReportPage } from "./pages/report-page";

test.describe("an official opens the app for the first time", () => {
  test("finds Bỉm Sơn by name and reads its 2024 targets in Vietnamese numbers", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Chọn đơn vị" })).toBeVisible();

    await page.getByRole("searchbox", { name: "Tên đơn vị" }).fill("bim son");
    await page.getByRole("button", { name: "Tìm" }).click();
    await expect(page.getByRole("heading", { name: /Kết quả tìm kiếm/ })).toBeVisible();
    await page.getByRole("link", { name: /Thị xã Bỉm Sơn/ }).click();

    const report = new ReportPage(page);
    await report.openFromDashboard();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: kết quả thực hiện Cả năm năm 2024");
    // Growth of at least 12,4% and production value of 18.964 tỷ đồng, in vi-VN format.
    await expect(report.cell("GTSX_TANG", "planCouncil")).toHaveText(/^≥ 12,4/);
    await expect(report.cell("GTSX_TANG", "measure")).toHaveText("%");
    await expect(report.cell("GTSX", "planCouncil")).toHaveText(/^≥ 18\.964/);
    await expect(report.cell("GTSX", "measure")).toHaveText("tỷ đồng");
    // Poverty rate is a ceiling; land clearance has both the province's plan and the town's own.
    await report.expectCell("TY_LE_HO_NGHEO", "≤ 0,2");
    await report.expectCell("GPMB", "≥ 53,026");
    await report.expectCell("GPMB", "≥ 93,86");
    // Illustrative and estimated figures are marked as such.
    await expect(page.locator('[data-note="illustrative"]')).toBeVisible();
    await expect(report.row("GTSX").getByText("Ước", { exact: true })).toBeVisible();
  });

  test("switches to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Tên đơn vị" }).fill("Bỉm Sơn");
    await page.getByRole("button", { name: "Tìm" }).click();
    await page.getByRole("link", { name: /Thị xã Bỉm Sơn/ }).click();
    const report = new ReportPage(page);
    await report.openFromDashboard();
    await expect(report.row("GTSX")).toContainText("Giá trị sản xuất");

    await report.switchLanguage("English");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: results for Full year 2024");
    await expect(report.row("GTSX")).toContainText("Production value");
    await expect(report.row("GTSX")).toContainText("≥ 18,964");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await report.switchLanguage("Tiếng Việt");
    await expect(report.row("GTSX")).toContainText("Giá trị sản xuất");
    await expect(report.row("GTSX")).toContainText("≥ 18.964");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("reads Trưng Vương's 2023 estimates against both plans, with the stated figure that does not add up", async ({ page }) => {
    await page.goto("/?q=Trưng Vương");
    await page.getByRole("link", { name: /Phường Trưng Vương/ }).click();
    const report = new ReportPage(page);
    await report.openFromDashboard();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Cả năm năm 2023");
    await report.expectCell("THU_NSNN", "41,795");
    await report.expectCell("THU_NSNN", "152,0%");
    await report.expectCell("THU_NSNN", "100,3%");
    await report.expectCell("THU_NS_XA", "315,3%");
    await report.expectCell("THU_NS_XA", "125,6%");
    await report.expectCell("GD_VAN_HOA", "95,79");
    await report.expectCell("GD_VAN_HOA", "2.570/2.683");
    await report.expectCell("GD_VAN_HOA", "Văn bản nêu 96,46");
  });

  test("moves up and down the hierarchy and changes the period", async ({ page }) => {
    await page.goto("/?q=Ba Đình");
    await page.getByRole("link", { name: /Phường Ba Đình/ }).click();
    await new ReportPage(page).openFromDashboard();
    await page.getByRole("navigation", { name: "Cấp hành chính" }).getByRole("link", { name: "Thị xã Bỉm Sơn" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Thị xã Bỉm Sơn");

    await page.getByLabel("Kỳ báo cáo").selectOption("H1");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/period=H1/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: kết quả thực hiện 6 tháng năm 2024");
    // Half-way through the year, production value is judged against the expected pace, within its tolerance.
    await expect(new ReportPage(page).row("GTSX")).toContainText("Đạt tiến độ");
    await expect(new ReportPage(page).row("TY_LE_HO_NGHEO")).toContainText("+0,12 điểm %");

    // Down to a ward and back up, the view stays on 6 tháng 2024; the province, with no figures of its own, says so.
    await page.getByText("Đơn vị trực thuộc (7)").click();
    await page.getByRole("link", { name: "Phường Lam Sơn" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Lam Sơn: kết quả thực hiện 6 tháng năm 2024");
    // The ward has only the town's plan: its status says it is judged against that one.
    await expect(new ReportPage(page).row("GTSX").getByTestId("judged-against-other")).toHaveText("Đánh giá theo KH cấp trên giao (không có KH HĐND)");
    await page.getByRole("navigation", { name: "Cấp hành chính" }).getByRole("link", { name: "Thị xã Bỉm Sơn" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: kết quả thực hiện 6 tháng năm 2024");
    await page.getByRole("navigation", { name: "Cấp hành chính" }).getByRole("link", { name: "Tỉnh Thanh Hóa" }).click();
    await expect(page.getByText("Đơn vị này chưa có kế hoạch hay số liệu nào.")).toBeVisible();
  });

  test("a unit that does not exist gives a plain not-found page", async ({ page }) => {
    const response = await page.goto("/units/999999/report");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });
});
