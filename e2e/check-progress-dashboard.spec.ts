import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { unitIdByCode } from "./support/database";
import { withRegistry } from "./support/registry";
import { DashboardPage } from "./pages/dashboard-page";

test.describe("an official checks the town's progress", () => {
  test("opens Bỉm Sơn's dashboard and reads its summary counts", async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện Cả năm năm 2024");

    // "9 chỉ tiêu, đã báo cáo 9/9 chỉ tiêu: 1 vượt kế hoạch, 3 đạt kế hoạch, 4 không đạt kế hoạch" (one more has no plan to judge).
    await expect(dashboard.summary).toContainText("9 chỉ tiêu, đã báo cáo 9/9 chỉ tiêu");
    await expect(dashboard.summary).toContainText("1 vượt kế hoạch");
    await expect(dashboard.summary).toContainText("3 đạt kế hoạch");
    await expect(dashboard.summary).toContainText("4 không đạt kế hoạch");
    expect(await dashboard.count("exceeded")).toBe(1);
    expect(await dashboard.count("achieved")).toBe(3);
    expect(await dashboard.count("not_achieved")).toBe(4);
    expect(await dashboard.count("not_reported")).toBe(0);

    // Production value: an estimate, % of the council's plan and of the same period, in vi-VN numbers.
    const production = dashboard.indicator("GTSX");
    await expect(production).toContainText("18.477");
    await expect(production).toContainText("Ước");
    await expect(production).toContainText("97,4%");
    await expect(production).toContainText("111,8%");
    // Land clearance has both plans: the other version's percentage is shown beside it.
    await expect(dashboard.indicator("GPMB")).toContainText("KH cấp trên: 162,8%");

    // The seven wards and communes, each with its headline status, link to their own dashboards.
    await expect(dashboard.childRows()).toHaveCount(7);
    await expect(page.getByTestId("children-summary")).toContainText("7 đơn vị");
    await dashboard.children.getByRole("link", { name: "Phường Ba Đình" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Ba Đình: tiến độ thực hiện");
    await page.getByRole("navigation", { name: "Cấp hành chính" }).getByRole("link", { name: "Thị xã Bỉm Sơn" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Thị xã Bỉm Sơn: tiến độ thực hiện");
  });

  test("changes the period, and the link shows the same view", async ({ page, context }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    await page.getByLabel("Kỳ báo cáo").selectOption("H1");
    await page.getByLabel("Đánh giá theo").selectOption("higher_level");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/period=H1/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện 6 tháng năm 2024");
    const summary = await dashboard.summary.innerText();

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện 6 tháng năm 2024");
    await expect(shared.getByTestId("status-summary")).toHaveText(summary);
    await expect(shared.getByLabel("Đánh giá theo")).toHaveValue("higher_level");
  });

  test("opens a province without targets of its own and sees its towns' statuses", async ({ page }) => {
    // Thanh Hóa as it was at the end of 2024, with its towns; today's province has wards only.
    await page.goto("/?asOf=2024-12-31");
    await page.getByRole("link", { name: /^Tỉnh Thanh Hóa/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tỉnh Thanh Hóa");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Đơn vị trực thuộc (2), Cả năm năm 2024");
    const bimSon = new DashboardPage(page).childRow("Thị xã Bỉm Sơn");
    // Reported 9/9: 1 vượt, 3 đạt, 4 không đạt, 0 chưa báo cáo; its one word is the worst, không đạt kế hoạch.
    await expect(bimSon.getByRole("cell")).toHaveText(["9/9", "1", "3", "4", "0", /Không đạt kế hoạch/]);
  });

  test("at 6 tháng judges progress, within a tolerance, and reads rates in percentage points", async ({ page }) => {
    const bimSon = unitIdByCode("381");
    await page.goto(`/units/${bimSon}?year=2024&period=H1`);
    const dashboard = new DashboardPage(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện 6 tháng năm 2024");
    await expect(dashboard.summary).toContainText("tiến độ");
    await expect(dashboard.summary).not.toContainText("kế hoạch");
    // Production value a little under the expected-by-now 9.102: within the band, so on schedule, not red.
    const production = dashboard.indicator("GTSX");
    await expect(production).toContainText("9.102");
    await expect(production.locator("[data-verdict]")).toHaveAttribute("data-verdict", "achieved");
    await expect(production).toContainText("Đạt tiến độ");
    await expect(production).not.toContainText("Chậm");
    // The poverty rate is a ceiling: its plan says ≤, and its gap is in percentage points.
    const poverty = dashboard.indicator("TY_LE_HO_NGHEO");
    await expect(poverty).toContainText("≤ 0,2");
    await expect(poverty.getByTestId("points-gap")).toHaveText("+0,12 điểm %");
    await expect(dashboard.indicator("GTSX_TANG").getByTestId("points-gap")).toHaveText("+1,8 điểm %");
    // The words are explained one click away, with the tolerance.
    const legend = page.getByTestId("verdict-legend");
    await legend.getByText("Cách đánh giá").click();
    await expect(legend).toContainText("Chậm tiến độ");
    await expect(legend).toContainText("Biên dung sai");
  });

  test("at 9 tháng shows how many figures each ward has reported", async ({ page }) => {
    const bimSon = unitIdByCode("381");
    await page.goto(`/units/${bimSon}?year=2024&period=M9`);
    const baDinh = new DashboardPage(page).childRow("Phường Ba Đình");
    await expect(baDinh.getByTestId("reported")).toHaveText("1/4");
    // One figure reported, ahead of schedule; the other three are counted as not reported, not hidden.
    await expect(baDinh.getByRole("cell")).toHaveText(["1/4", "1", "0", "0", "3", /Vượt tiến độ/]);
  });

  test("keeps the report one tab away", async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    await dashboard.tab("Báo cáo").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: kết quả thực hiện Cả năm năm 2024");
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await new DashboardPage(page).openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    await expectNoSeriousA11yViolations(page);
  });

  test("fits a phone: nothing wider than 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await new DashboardPage(page).openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("an official of a province with over a hundred communes", () => {
  // The real registry: Thành phố Hồ Chí Minh and its 168 wards and communes.
  withRegistry();

  test("sees twenty of them on the dashboard and the whole list one link away", async ({ page }) => {
    await page.goto("/?q=ho chi minh");
    await page.getByRole("link", { name: /^Thành phố Hồ Chí Minh/ }).first().click();
    await expect(page.getByRole("heading", { level: 2, name: /Đơn vị trực thuộc \(168\)/ })).toBeVisible();
    const dashboard = new DashboardPage(page);
    await expect(dashboard.childRows()).toHaveCount(20);
    // The registry's wards have no figures yet: nobody is behind, and the list says so instead of calling them the furthest behind.
    await expect(page.getByText("Dưới đây là 20 đơn vị đầu tiên theo mã: không đơn vị nào có chỉ tiêu chưa đạt.")).toBeVisible();
    await page.getByRole("link", { name: "So sánh cả 168 đơn vị" }).click();
    await expect(page.getByTestId("row-count")).toHaveText(/\/ 168 đơn vị$/);
  });
});

test.describe("a kept dashboard", () => {
  test("is reached by its address only, and no shared cache may keep that address", async ({ page, request }) => {
    const bimSon = unitIdByCode("381");
    const response = await page.goto(`/units/${bimSon}?year=2024`);
    expect(response?.headers()["cache-control"]).toBe("private, no-cache");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện Cả năm năm 2024");
    // The paths it is kept under are no addresses: they would show a view of data that may be gone.
    expect((await request.get(`/units/${bimSon}/view/1/2024._._`)).status()).toBe(404);
    expect((await request.get(`/vi/units/${bimSon}`)).status()).toBe(404);
  });

  test("is kept in each language: switching to English and back shows each in its own words", async ({ page }) => {
    const bimSon = unitIdByCode("381");
    const heading = page.getByRole("heading", { level: 1 });
    await page.goto(`/units/${bimSon}?year=2024`);
    await expect(heading).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện Cả năm năm 2024");
    await page.getByRole("button", { name: "English" }).click();
    await expect(heading).toHaveText("Thị xã Bỉm Sơn: progress for Full year 2024");
    await expect(page).toHaveURL(`/units/${bimSon}?year=2024`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(heading).toHaveText("Thị xã Bỉm Sơn: progress for Full year 2024");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(heading).toHaveText("Thị xã Bỉm Sơn: tiến độ thực hiện Cả năm năm 2024");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });
});
