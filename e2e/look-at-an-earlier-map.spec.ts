// An official looks at the units as they were on an earlier day (before the reform of 01/07/2025),
// then goes back to today's: the chosen day lives in the URL, so a reload or a link keeps it.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { ComparePage } from "./pages/compare-page";

test.describe("an official chooses the day whose units are shown", () => {
  test("picks 15/03/2024 on the home page and in the search, sees Thị xã Bỉm Sơn's wards in force, then goes back to today", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/");
    const asOf = page.getByLabel("Tính đến ngày");
    await expect(page.getByTestId("as-of-shown")).toContainText("Đang xem các đơn vị có hiệu lực hôm nay");
    await expect(page.getByRole("link", { name: "Hôm nay" })).toHaveCount(0);

    await asOf.fill("15/03/2024");
    await page.getByRole("button", { name: "Xem theo ngày" }).click();
    await expect(page).toHaveURL(/[?&]asOf=2024-03-15/);
    await expect(page.getByTestId("as-of-shown")).toHaveText("Đang xem các đơn vị có hiệu lực ngày 15/03/2024.");
    await expect(asOf).toHaveValue("15/03/2024");
    // The provinces of that day: Quảng Nam still existed; the overview is of 2024.
    const provinces = page.locator("section", { has: page.getByRole("heading", { name: "Các tỉnh" }) });
    await expect(provinces.getByRole("link", { name: /^Tỉnh Quảng Nam/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Đơn vị có nhiều chỉ tiêu chưa đạt nhất năm 2024" })).toBeVisible();

    // The search keeps the day, and the day survives a reload.
    await page.getByLabel("Tên đơn vị").fill("bim son");
    await page.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/asOf=2024-03-15/);
    await page.reload();
    const results = page.locator("li[data-in-force]");
    await expect(results.first()).toHaveAttribute("data-in-force", "true");
    await expect(results.first()).toContainText("Thị xã Bỉm Sơn");
    const newWard = page.locator("li", { has: page.getByRole("link", { name: /^Phường Bỉm Sơn/ }) });
    await expect(newWard).toHaveAttribute("data-in-force", "false");
    await expect(newWard.getByTestId("starts-later")).toHaveText("chưa có hiệu lực: thành lập từ 01/07/2025");

    // Ba Đình on that day is a ward of Thị xã Bỉm Sơn in force, with nothing it was merged into yet.
    await page.getByLabel("Tên đơn vị").fill("Ba Đình");
    await page.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/asOf=2024-03-15/);
    const baDinh = page.locator("li", { has: page.getByRole("link", { name: /Phường Ba Đình.*Thị xã Bỉm Sơn/ }) });
    await expect(baDinh).toHaveAttribute("data-in-force", "true");
    await expect(baDinh.getByTestId("merged-into")).toHaveCount(0);

    // Today: the same search in today's structure, where Ba Đình has become part of Phường Bỉm Sơn.
    await page.getByRole("link", { name: "Hôm nay" }).click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page).toHaveURL(/q=Ba/);
    await expect(page.getByTestId("as-of-shown")).toContainText("hôm nay");
    const former = page.locator("li", { has: page.getByRole("link", { name: /Phường Ba Đình \(đến 30\/06\/2025\)/ }) });
    await expect(former).toHaveAttribute("data-in-force", "false");
    await expect(former.getByTestId("merged-into")).toHaveText("đã sắp xếp vào Phường Bỉm Sơn (từ 01/07/2025)");
  });

  test("carries the day to the country comparison, which shows that day's communes, and back to today's", async ({ page }) => {
    await page.goto("/?asOf=2024-03-15");
    await page.getByRole("link", { name: "So sánh tất cả xã, phường, đặc khu cả nước" }).click();
    await expect(page).toHaveURL(/\/compare\?asOf=2024-03-15$/);
    await expect(page.getByLabel("Tính đến ngày")).toHaveValue("15/03/2024");
    await expect(page.locator("select[name=year]")).toHaveValue("2024");
    const compare = new ComparePage(page);
    await expect(compare.rows().filter({ hasText: "Phường Ba Đình" })).toHaveCount(1);
    await expect(compare.rows().filter({ hasText: "Phường Bỉm Sơn" })).toHaveCount(0);

    // Changing the period keeps the day.
    await page.getByLabel("Kỳ báo cáo").selectOption("H1");
    await page.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(page).toHaveURL(/period=H1/);
    await expect(page).toHaveURL(/asOf=2024-03-15/);
    await expect(compare.rows().filter({ hasText: "Phường Ba Đình" })).toHaveCount(1);

    await page.getByRole("link", { name: "Hôm nay" }).click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.locator("select[name=year]")).toHaveValue("2026");
    await expect(compare.rows().filter({ hasText: "Phường Bỉm Sơn" })).not.toHaveCount(0);
    await expect(compare.rows().filter({ hasText: "Phường Ba Đình" })).toHaveCount(0);
  });

  test("a malformed or out-of-range day in the URL means today, never an error; a day typed day first is named ISO", async ({ page }) => {
    test.setTimeout(90_000);
    for (const asOf of ["2024-02-30", "1989-12-31", "2101-01-01", "03/15/2024"]) {
      const response = await page.goto(`/?asOf=${encodeURIComponent(asOf)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("as-of-shown")).toContainText("hôm nay");
    }
    const compare = await page.goto(`/compare?asOf=${encodeURIComponent("1989-12-31")}`);
    expect(compare?.status()).toBe(200);
    await expect(page.locator("select[name=year]")).toHaveValue("2026");
    // As the field shows it (dd/mm/yyyy): the page answers with the same view under its ISO link.
    await page.goto(`/compare?asOf=${encodeURIComponent("15/03/2024")}&period=FY`);
    await expect(page).toHaveURL(/\/compare\?asOf=2024-03-15&period=FY$/);
    await expect(page.locator("select[name=year]")).toHaveValue("2024");
  });

  test("the date field is labelled and the page has no serious accessibility violations", async ({ page }) => {
    await page.goto("/?asOf=2024-03-15&q=bim%20son");
    await expect(page.getByRole("form", { name: "Chọn ngày xem đơn vị hành chính" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
