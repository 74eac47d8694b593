// A dashboard is rendered once per view and kept until the figures change: an official who saves a
// figure, or an import run by another process, sees it on the very next view of the dashboard.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DashboardPage } from "./pages/dashboard-page";
import { EntryPage } from "./pages/entry-page";
import { SignInPage } from "./pages/sign-in-page";
import { E2E_DATABASE, unitIdByCode, withDatabase } from "./support/database";

const BA_DINH = "14812";
const GTSX_H1_2024 = `select a.value from actuals a join indicators i on i.id = a.indicator_id
  where a.unit_id = ? and a.year = 2024 and a.period = 'H1' and i.code = 'GTSX'`;

/** Ba Đình's production value for 6 tháng 2024 as stored now (tests before this one may have changed it). */
function storedGtsx(unitId: number): number {
  return withDatabase((db) => (db.prepare(GTSX_H1_2024).get(unitId) as { value: number }).value);
}

const vi = (n: number) => n.toLocaleString("vi-VN");

test("a dashboard seen before a figure is saved shows the new figure on the next view", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  const before = storedGtsx(unitId);
  const after = before + 31;
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(before));

  const entry = new EntryPage(page);
  await entry.open(unitId, 2024, "H1");
  await entry.value("GTSX").fill(vi(after));
  await entry.status("GTSX").selectOption("official");
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  expect(storedGtsx(unitId)).toBe(after);
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));

  // The same view again is the kept page, with the new figure.
  await page.reload();
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));
});

test("a figure written by another process shows on the next view of a dashboard already seen", async ({ page }) => {
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(storedGtsx(unitId)));
  expect(storedGtsx(unitId)).not.toBe(2555);

  // As an import or a second server would: straight into the database, whose triggers raise the data version.
  const db = new Database(E2E_DATABASE, { fileMustExist: true, timeout: 5000 });
  try {
    const { changes } = db
      .prepare(
        `update actuals set value = 2555, revision = revision + 1
         where unit_id = ? and year = 2024 and period = 'H1' and indicator_id = (select id from indicators where code = 'GTSX')`,
      )
      .run(unitId);
    expect(changes).toBe(1);
  } finally {
    db.close();
  }
  await page.reload();
  await expect(dashboard.indicator("GTSX")).toContainText("2.555");
});

test("an official who goes from the dashboard to the entry form and back through the tabs sees what she saved", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  const after = storedGtsx(unitId) + 17;
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toBeVisible();

  // Links only, no reload: the browser keeps pages it has seen, and must not show this one as it was.
  await dashboard.tab("Báo cáo").click();
  await page.getByRole("link", { name: "Nhập số liệu kỳ này" }).click();
  const entry = new EntryPage(page);
  await expect(entry.form).toBeVisible();
  await entry.value("GTSX").fill(vi(after));
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  await page.getByRole("link", { name: /Báo cáo của Phường Ba Đình/ }).click();
  await dashboard.tab("Tổng quan").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: tiến độ thực hiện 6 tháng năm 2024");
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));
});
