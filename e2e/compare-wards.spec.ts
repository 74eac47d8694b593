import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { ComparePage } from "./pages/compare-page";
import { DashboardPage } from "./pages/dashboard-page";

async function openComparison(page: import("@playwright/test").Page) {
  const dashboard = new DashboardPage(page);
  await dashboard.openFromSearch("bim son", /Thị xã Bỉm Sơn/);
  await dashboard.tab("So sánh đơn vị trực thuộc").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: so sánh 7 đơn vị trực thuộc");
  const compare = new ComparePage(page);
  await compare.expectRowCount(7);
  return compare;
}

test.describe("an official compares the wards of the town", () => {
  test("sorts by % of plan and sees the order change", async ({ page }) => {
    const compare = await openComparison(page);
    await expect(compare.total).toContainText("Toàn Thị xã Bỉm Sơn");
    await expect(compare.total).toContainText("97,4%");
    const byCode = await compare.unitNames();
    expect(byCode[0]).toBe("Phường Bắc Sơn");

    await compare.sortBy("GTSX");
    await expect(compare.header("GTSX")).toHaveAttribute("aria-sort", "descending");
    await expect.poll(() => compare.unitNames()).toEqual([
      "Phường Ba Đình",
      "Phường Bắc Sơn",
      "Xã Quang Trung",
      "Phường Đông Sơn",
      "Phường Lam Sơn",
      "Phường Phú Sơn",
      "Phường Ngọc Trạo",
    ]);
    await expect(page).toHaveURL(/sort=-GTSX/);

    await compare.sortBy("GTSX");
    await expect(compare.header("GTSX")).toHaveAttribute("aria-sort", "ascending");
    expect((await compare.unitNames())[0]).toBe("Phường Ngọc Trạo");

    // The poverty rate is a ceiling, read in percentage points: best first means the furthest under it first.
    await compare.sortBy("TY_LE_HO_NGHEO");
    await expect(compare.header("TY_LE_HO_NGHEO")).toHaveAttribute("aria-sort", "descending");
    await expect(compare.header("TY_LE_HO_NGHEO")).toContainText("điểm %");
    const points = (await compare.rows().locator('td[data-column="TY_LE_HO_NGHEO"]').allInnerTexts())
      .map((text) => /([+−]?\d+(?:,\d+)?) điểm %/.exec(text)?.[1])
      .filter((p): p is string => p !== undefined)
      .map((p) => Number(p.replace("−", "-").replace("+", "").replace(",", ".")));
    expect(points.length).toBeGreaterThan(2);
    expect(new Set(points).size).toBeGreaterThan(1);
    expect(points).toEqual([...points].sort((a, b) => a - b));
  });

  test("filters, and a shared link shows the same view", async ({ page, context }) => {
    const compare = await openComparison(page);
    await compare.sortBy("GTSX");
    await page.getByLabel("Có chỉ tiêu").selectOption("not_achieved");
    // Wards with at least one indicator not achieved: all but Ba Đình (Đông Sơn's income per head, 72,5
    // against 74, is short by more than its band).
    await expect(compare.rows()).toHaveCount(6);
    await expect(page).toHaveURL(/status=not_achieved/);

    const shared = await context.newPage();
    await shared.goto(page.url());
    const same = new ComparePage(shared);
    await expect(same.rows()).toHaveCount(6);
    expect(await same.unitNames()).toEqual(await compare.unitNames());
    await expect(shared.getByLabel("Có chỉ tiêu")).toHaveValue("not_achieved");

    await compare.filterByName("ngoc trao");
    await expect(compare.rows()).toHaveCount(1);

    // A new period through the form keeps the sort and filters chosen since the page loaded.
    await compare.filterByName("");
    await compare.sortBy("GTSX");
    await expect(compare.header("GTSX")).toHaveAttribute("aria-sort", "ascending");
    await page.getByLabel("Kỳ báo cáo").selectOption("H1");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/period=H1/);
    await expect(page).toHaveURL(/sort=GTSX(&|$)/);
    await expect(page).toHaveURL(/status=not_achieved/);
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(compare.header("GTSX")).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByLabel("Có chỉ tiêu")).toHaveValue("not_achieved");
  });

  test("chooses indicators and values, and downloads what is shown as CSV", async ({ page }) => {
    const compare = await openComparison(page);
    await page.getByText(/Chọn chỉ tiêu/).click();
    await page.getByRole("checkbox", { name: "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)" }).uncheck();
    await page.getByRole("checkbox", { name: "Tổng vốn đầu tư phát triển" }).check();
    await page.getByLabel("Hiển thị").selectOption("value");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/show=value/);
    await expect(compare.table.locator('button[data-column="VON_DAU_TU"]')).toBeVisible();
    await expect(compare.table.locator('button[data-column="TY_LE_HO_NGHEO"]')).toHaveCount(0);
    // The town invests; its wards report no investment of their own, so the rolled-up total has none either.
    await expect(compare.total).toContainText("18.477");
    await expect(compare.rows().filter({ hasText: "Phường Ba Đình" })).toContainText("4.643");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải CSV" }).click();
    expect((await download).suggestedFilename()).toBe("So sánh Thị xã Bỉm Sơn 381 Cả năm 2024.csv");
    const file = await (await download).path();
    const text = (await import("node:fs")).readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("Phường Ba Đình");
    // For programs: plain numbers, no grouping.
    expect(text).toMatch(/14812,Phường Ba Đình,\d\/\d,4643,Vượt kế hoạch/);
    expect(text.trim().split("\r\n")).toHaveLength(1 + 1 + 7);
  });

  test("at 9 tháng shows how many of the shown indicators each ward has reported", async ({ page }) => {
    const compare = await openComparison(page);
    await page.getByLabel("Kỳ báo cáo").selectOption("M9");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/period=M9/);
    const baDinh = compare.rows().filter({ hasText: "Phường Ba Đình" });
    await expect(baDinh.locator('td[data-column="reported"]')).toHaveText("1/4");
    // Its one figure is judged in progress words; colour follows the verdict.
    await expect(baDinh.locator('td[data-column="GTSX"]')).toHaveAttribute("data-status", "exceeded");
    await expect(baDinh.locator('td[data-column="GTSX"]')).toContainText("Vượt tiến độ");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await openComparison(page);
    await expectNoSeriousA11yViolations(page);
  });

  test("fits a phone: the table scrolls sideways with the unit column pinned", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const compare = await openComparison(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole("region", { name: /So sánh các đơn vị/ });
    const scrollable = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrollable).toBe(true);
    const firstCell = compare.rows().first().locator("th");
    const before = await firstCell.boundingBox();
    await region.evaluate((el) => el.scrollBy({ left: 300 }));
    await expect.poll(async () => (await firstCell.boundingBox())?.x).toBe(before?.x);
  });

  test("compares every commune of the country from the home page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "So sánh tất cả xã, phường, đặc khu cả nước" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("So sánh các xã, phường, đặc khu cả nước");
    const compare = new ComparePage(page);
    // The demo's 8 communes in force today (those that took over its 26 former wards); rows are drawn as they scroll into view.
    await expect(page.getByTestId("row-count")).toHaveText("Đang hiện 8 / 8 đơn vị");
    await expect(compare.total).toContainText("Cả nước");
    await compare.filterByName("bim son");
    await expect(compare.rows()).toHaveCount(1);
    await expect(compare.rows().first()).toContainText("Phường Bỉm Sơn");
    await expect(compare.rows().first()).toContainText("Tỉnh Thanh Hóa");
  });
});
