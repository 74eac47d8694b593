import { expect, test } from "@playwright/test";
import { ChartPage } from "./pages/chart-page";
import { ComparePage } from "./pages/compare-page";
import { DashboardPage } from "./pages/dashboard-page";
import { PrintPage, squash } from "./pages/print-page";
import { ReportPage } from "./pages/report-page";
import { withRegistry } from "./support/registry";

test.describe("an official of a ward formed on 01/07/2025 compares with last year", () => {
  withRegistry();

  test("compares the country's 3.321 new communes smoothly: only the rows in view are drawn", async ({ page }) => {
    await page.goto("/compare?year=2026");
    // Only the units in force, counted as Vietnamese write numbers.
    await expect(page.getByTestId("row-count")).toHaveText("Đang hiện 3.321 / 3.321 đơn vị");
    // No province reports figures of its own: the communes' latest period (9 tháng) is shown, not an empty Cả năm.
    await expect(page.getByLabel("Kỳ báo cáo")).toHaveValue("M9");
    await expect(page.getByRole("columnheader", { name: /Tỉnh, thành phố/ })).toBeVisible();
    const total = 3321;
    const compare = new ComparePage(page);
    const drawn = await compare.rows().count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);

    // Scrolled to the end, the last unit is drawn in its place and the first ones are gone.
    const region = page.getByRole("region", { name: /So sánh/ });
    await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(compare.rows().last()).toHaveAttribute("aria-rowindex", String(total + 2));
    await expect(compare.rows().first()).not.toHaveAttribute("aria-rowindex", "3");
    expect(await compare.rows().count()).toBeLessThan(100);

    // Sorting thousands of rows by a column still answers, and filtering finds one commune among them.
    await compare.sortBy("name");
    await expect(compare.header("name")).toHaveAttribute("aria-sort", /ascending|descending/);
    await compare.filterByName("phuong bim son");
    await expect(compare.rows().filter({ hasText: "Phường Bỉm Sơn" })).not.toHaveCount(0);
  });

  test("Phường Bỉm Sơn's 6 months of 2025 against the sum of Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh", async ({ page }) => {
    await page.goto("/?q=Phường Bỉm Sơn");
    await page.getByRole("link", { name: /^Phường Bỉm Sơn \(từ 01\/07\/2025\)/ }).click();
    // Its first half-year after the merger, against the predecessors' 2024 (the demo opens on 2026).
    await page.waitForURL(/\/units\/\d+$/);
    await page.goto(`${new URL(page.url()).pathname}?year=2025&period=H1`);
    await new ReportPage(page).openFromDashboard();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Bỉm Sơn: kết quả thực hiện 6 tháng năm 2025");
    const note = page.getByTestId("reform-note");
    await expect(note.getByRole("heading")).toHaveText("So sánh cùng kỳ qua sắp xếp đơn vị hành chính");
    await expect(note).toContainText(
      "Phường Bỉm Sơn được thành lập từ ngày 01/07/2025 trên cơ sở Phường Ba Đình, Phường Lam Sơn, Phường Đông Sơn và Xã Hà Vinh.",
    );
    await expect(note).toContainText("Số liệu cùng kỳ năm 2024 là tổng hợp");
    const report = new ReportPage(page);
    // 2024 H1: Ba Đình 2.275 + Lam Sơn 1.739 + Đông Sơn 1.218 (seed) + Hà Vinh 353 (fixture) = 5.585.
    await report.expectCell("GTSX", "5.585");
    await report.expectCell("GTSX", "6.050");
    await report.expectCell("GTSX", "108,3%");

    await page.getByRole("link", { name: "In / Tải PDF" }).click();
    const print = new PrintPage(page);
    await expect(print.document).toContainText("Xã Hà Vinh");
    await expect(print.row("GTSX")).toContainText("Cùng kỳ: tổng các đơn vị trước sắp xếp");
    const { text } = await print.pdf();
    expect(squash(text)).toContain(squash("Phường Ba Đình, Phường Lam Sơn, Phường Đông Sơn và Xã Hà Vinh"));
  });

  test("Phường Bỉm Sơn's dashboard and chart compare with the same predecessors as its report", async ({ page }) => {
    await page.goto("/?q=Phường Bỉm Sơn");
    await page.getByRole("link", { name: /^Phường Bỉm Sơn \(từ 01\/07\/2025\)/ }).click();
    // Its first half-year after the merger, against the predecessors' 2024 (the demo opens on 2026).
    await page.waitForURL(/\/units\/\d+$/);
    await page.goto(`${new URL(page.url()).pathname}?year=2025&period=H1`);
    const dashboard = new DashboardPage(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("6 tháng năm 2025");
    await expect(page.getByTestId("reform-note")).toContainText("Phường Ba Đình, Phường Lam Sơn, Phường Đông Sơn và Xã Hà Vinh");
    // % of the same period: 6.050 against Ba Đình, Lam Sơn, Đông Sơn and Hà Vinh's 5.585, as on the report.
    await expect(dashboard.indicator("GTSX")).toContainText("108,3%");
    await dashboard.indicator("GTSX").getByRole("link").click();
    const chart = new ChartPage(page);
    await expect(chart.period("H1")).toContainText("5.585");
    // The expected pace follows the predecessors' 2024 shape, not a straight half of the year.
    await expect(page.getByText("Mức cần đạt từng kỳ theo mùa vụ")).toBeVisible();
  });

  test("an old ward's report says which new ward it became part of, and links there", async ({ page }) => {
    await page.goto("/?q=Ba Đình");
    // The units called Ba Đình in force today come first; the old ward of Bỉm Sơn is marked with what it became.
    const results = page.locator("li[data-in-force]");
    await expect(results.first()).toHaveAttribute("data-in-force", "true");
    const oldWard = page.locator("li", { has: page.getByRole("link", { name: /Phường Ba Đình \(đến 30\/06\/2025\).*Mã 14812/ }) });
    await expect(oldWard).toHaveAttribute("data-in-force", "false");
    await expect(oldWard.getByTestId("merged-into")).toHaveText("đã sắp xếp vào Phường Bỉm Sơn (từ 01/07/2025)");
    await oldWard.getByRole("link", { name: /Phường Ba Đình/ }).click();
    await new ReportPage(page).openFromDashboard();
    const note = page.getByTestId("successor-note");
    await expect(note).toHaveText("Từ ngày 01/07/2025, Phường Ba Đình được sắp xếp vào Phường Bỉm Sơn.");
    await note.getByRole("link", { name: "Phường Bỉm Sơn" }).click();
    // The new ward's report opens on its latest figures: 9 tháng of the running year.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Bỉm Sơn: kết quả thực hiện 9 tháng năm 2026");
  });
});
