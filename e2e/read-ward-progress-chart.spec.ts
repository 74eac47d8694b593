import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { ChartPage } from "./pages/chart-page";
import { DashboardPage } from "./pages/dashboard-page";

async function openBaDinhProduction(page: import("@playwright/test").Page) {
  const dashboard = new DashboardPage(page);
  await dashboard.openFromSearch("ba dinh", /Phường Ba Đình/);
  await dashboard.indicator("GTSX").getByRole("link", { name: "Giá trị sản xuất trên địa bàn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Giá trị sản xuất trên địa bàn: Phường Ba Đình, Cả năm năm 2024");
  return new ChartPage(page);
}

test.describe("an official reads a ward's progress chart", () => {
  test("opens Ba Đình's production value and sees its points", async ({ page }) => {
    const chart = await openBaDinhProduction(page);
    // Cumulative actual by period, against the expected pace and last year, in vi-VN numbers.
    await expect(chart.period("Q1")).toContainText("1.021");
    await expect(chart.period("H1")).toContainText("2.275");
    await expect(chart.period("M9")).toContainText("3.436");
    await expect(chart.period("FY")).toContainText("4.643");
    await expect(chart.period("FY")).toContainText("4.380");
    // Four drawn points on the actual line, readable without colour (the table says the same).
    await expect(chart.chart).toBeVisible();
    await expect(chart.actualDots()).toHaveCount(4);
    await expect(page.getByTestId("projection")).toContainText("Vượt kế hoạch");
    // The legend tells plan from actual by shape: a plain line for the plan, a line with a dot for the actual.
    await expect(chart.legendItem("Kế hoạch năm").locator("svg line")).toHaveCount(1);
    await expect(chart.legendItem("Kế hoạch năm").locator("svg circle")).toHaveCount(0);
    await expect(chart.legendItem("Thực hiện lũy kế").locator("svg circle")).toHaveCount(1);
    await expect(chart.legendItem("Mức cần đạt").locator("svg line")).toHaveAttribute("stroke-dasharray", "6 4");
    // Drawn on the server: the page ships no charting library until the chart is used.
    await expect(chart.chart).not.toHaveAttribute("data-interactive");
  });

  test("points at the chart and reads each period's figures in its tooltip", async ({ page }) => {
    const chart = await openBaDinhProduction(page);
    const box = (await chart.chart.boundingBox())!;
    // Until the page is interactive, pointing does nothing yet; the server-drawn chart is there meanwhile.
    await expect(async () => {
      await chart.chart.hover({ position: { x: 10 + Math.random() * 50, y: 20 } });
      await expect(chart.chart.locator("svg.recharts-surface").last()).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(chart.actualDots()).toHaveCount(4);
    // The interactive chart keeps the legend by shape.
    const legendItem = (name: string) => chart.chart.locator(".recharts-legend-item", { hasText: name });
    await expect(legendItem("Kế hoạch năm").locator("svg line")).toHaveCount(1);
    await expect(legendItem("Kế hoạch năm").locator("svg path")).toHaveCount(0);
    await expect(legendItem("Thực hiện lũy kế").locator("svg path")).toHaveCount(1);
    // The frame keeps its height: the page does not move when the interactive chart comes in.
    expect((await chart.chart.boundingBox())!.height).toBe(box.height);
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    await expect(chart.chart.locator(".recharts-tooltip-wrapper")).toContainText("Cả năm");
    await expect(chart.chart.locator(".recharts-tooltip-wrapper")).toContainText("4.643 tỷ đồng");
  });

  test("compares the same indicator across the town's wards on one scale", async ({ page }) => {
    await openBaDinhProduction(page);
    await page.getByRole("link", { name: "So sánh với các đơn vị khác của Thị xã Bỉm Sơn" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Giá trị sản xuất trên địa bàn: các đơn vị trực thuộc Thị xã Bỉm Sơn");
    await expect(page.getByTestId("small-multiples").locator(":scope > li")).toHaveCount(7);
    await expect(page.getByRole("img", { name: /Biểu đồ/ })).toHaveCount(7);
    // Three charts a row on a laptop: every legend entry of every chart shows whole, none cut off by the legend's fixed height.
    await page.setViewportSize({ width: 1100, height: 800 });
    const clipped = await page.getByTestId("chart-legend").evaluateAll((legends) =>
      legends.flatMap((ul) => [...ul.children].filter((li) => li.getBoundingClientRect().bottom > ul.getBoundingClientRect().bottom + 0.5).map((li) => li.textContent)),
    );
    expect(clipped).toEqual([]);

    // Another year and the higher level's plan, from the page itself; the way up keeps them.
    await page.locator("select[name=year]").selectOption("2023");
    await page.getByLabel("Đánh giá theo").selectOption("higher_level");
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/year=2023/);
    await expect(page).toHaveURL(/plan=higher_level/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("năm 2023");
    await expect(page.getByLabel("Đánh giá theo")).toHaveValue("higher_level");
    await expect(page.getByRole("link", { name: "Tỉnh Thanh Hóa" })).toHaveAttribute("href", /year=2023.*plan=higher_level|plan=higher_level.*year=2023/);
  });

  test("each ward's status on the small multiples is the one its chart and its dashboard give", async ({ page }) => {
    const dashboard = new DashboardPage(page);
    await dashboard.openFromSearch("bim son", /Thị xã Bỉm Sơn/);
    await page.goto(`${new URL(page.url()).pathname}/compare/charts?indicator=GTSX&year=2024&period=H1`);
    const cards = page.getByTestId("small-multiples").locator(":scope > li");
    // At 6 months each ward is judged against its expected-by-now figure, in progress words; only the
    // year-end projection speaks of the plan ("kế hoạch"). Lam Sơn's 1.739 against 1.738 is on schedule.
    const words = { "Phường Bắc Sơn": "Vượt tiến độ", "Phường Ba Đình": "Vượt tiến độ", "Phường Lam Sơn": "Đạt tiến độ" };
    for (const [name, word] of Object.entries(words)) {
      const card = cards.filter({ has: page.getByRole("link", { name, exact: true }) });
      await expect(card.getByRole("heading", { level: 2 })).toContainText(word);
      await card.getByRole("link", { name, exact: true }).click();
      await expect(page.getByTestId("period-status")).toContainText(word);
      await page.getByRole("link", { name: `← Tổng quan của ${name}` }).click();
      await expect(dashboard.indicator("GTSX")).toContainText(word);
      await page.goBack();
      await page.goBack();
    }
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await openBaDinhProduction(page);
    await expectNoSeriousA11yViolations(page);
  });

  test("fits a phone: the chart resizes and nothing is wider than 375 px", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const chart = await openBaDinhProduction(page);
    await expect(chart.actualDots()).toHaveCount(4);
    const box = await chart.chart.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
