// A ward official enters the first quarter's figures on a phone: one card per indicator, every input
// within the screen's width, the save and its outcome in sight.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { EntryPage } from "./pages/entry-page";
import { SignInPage } from "./pages/sign-in-page";
import { removeActual, snapshot, unitIdByCode, withDatabase } from "./support/database";

const BA_DINH = "14812";

test.use({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });

// The 2025 figure saved here would make 2025 Ba Đình's latest year, where the next journeys expect 2024.
test.afterAll(() => removeActual({ unitId: unitIdByCode(BA_DINH), indicatorCode: "THU_NHAP_BQ", year: 2025, period: "Q1" }));

function storedIncome() {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `select a.value from actuals a join units u on u.id = a.unit_id join indicators i on i.id = a.indicator_id
           where u.code = ? and i.code = 'THU_NHAP_BQ' and a.year = 2025 and a.period = 'Q1'`,
        )
        .get(BA_DINH) as { value: number } | undefined,
  );
}

test("badinh enters Quý I on a 375 px phone: no sideways scrolling, every input reachable, the value saved", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const entry = new EntryPage(page);
  await entry.open(unitIdByCode(BA_DINH), 2024, "Q1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: nhập số liệu Quý I năm 2024");

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  // Each card: its name, unit of measure, plan, last period, same period last year and inputs within the width.
  const cards = entry.form.locator("tr[data-indicator]");
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    await card.scrollIntoViewIfNeeded();
    for (const field of await card.locator("input:not([type=hidden]), select").all()) {
      await expect(field).toBeVisible();
      const box = (await field.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
  }
  const gtsx = entry.row("GTSX");
  await expect(gtsx).toContainText("Giá trị sản xuất trên địa bàn");
  await expect(gtsx).toContainText("tỷ đồng");
  await expect(gtsx).toContainText("≥ 4.380");
  await expect(gtsx.locator("td").nth(3)).toHaveText("903");
  // The column's name shows above each figure on the card.
  const planLabel = await gtsx.locator("td").nth(1).evaluate((cell) => getComputedStyle(cell, "::before").content);
  expect(planLabel).toContain("Kế hoạch");

  // A mistyped figure is refused with its message beside the field, nothing written.
  const before = snapshot();
  await entry.value("GTSX").fill("1,250.5");
  await entry.save();
  await expect(entry.result).toContainText("Chưa lưu");
  await expect(entry.result).toBeInViewport();
  const error = gtsx.getByTestId("field-error");
  await expect(error).toHaveText("Số viết theo kiểu tiếng Anh. Hãy viết: 1.250,5");
  await error.scrollIntoViewIfNeeded();
  await expect(error).toBeInViewport();
  expect(snapshot()).toEqual(before);
  expect(await overflow()).toBeLessThanOrEqual(0);

  // A figure in Vietnamese style, saved from the bar at the bottom of the screen (in 2025, the ward's last
  // half-year, so the 2024 journeys keep their figures).
  await entry.open(unitIdByCode(BA_DINH), 2025, "Q1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: nhập số liệu Quý I năm 2025");
  await entry.value("THU_NHAP_BQ").scrollIntoViewIfNeeded();
  await entry.value("THU_NHAP_BQ").fill("1.234,5");
  const save = page.getByRole("button", { name: "Lưu số liệu" });
  await expect(save).toBeInViewport();
  await save.click();
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  await expect(entry.result).toBeInViewport();
  expect(storedIncome()?.value).toBe(1234.5);

  await page.reload();
  await expect(entry.value("THU_NHAP_BQ")).toHaveValue("1.234,5");
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
});
