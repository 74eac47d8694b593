// The administrator imports the national unit registry from its page, runs it again to see that
// nothing changes, and finds both runs in the audit trail; nobody else can reach the page.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDatabase } from "../db/client";
import { lastUnitId, removeUnitsAfter } from "../db/testing/prepare-reform-demo";
import { SignInPage } from "./pages/sign-in-page";
import { E2E_DATABASE, withDatabase } from "./support/database";

const counts = (db: import("better-sqlite3").Database) => ({
  units: (db.prepare("select count(*) as n from units").get() as { n: number }).n,
  lineage: (db.prepare("select count(*) as n from unit_lineage").get() as { n: number }).n,
  actuals: (db.prepare("select count(*) as n from actuals").get() as { n: number }).n,
  plans: (db.prepare("select count(*) as n from plans").get() as { n: number }).n,
});

/** Added and unchanged, as the page's table shows them for one kind of record. */
async function countsOf(table: Locator, kind: string): Promise<[string, string]> {
  const cells = table.getByRole("row", { name: new RegExp(`^${kind}`) }).getByRole("cell");
  return [await cells.nth(0).innerText(), await cells.nth(1).innerText()];
}

async function runImport(page: Page): Promise<{ table: Locator; seconds: number }> {
  const started = Date.now();
  await page.getByRole("button", { name: "Nhập danh mục" }).click();
  const table = page.getByTestId("registry-import-counts");
  await expect(table).toBeVisible({ timeout: 25_000 });
  return { table, seconds: (Date.now() - started) / 1000 };
}

test.describe("the administrator imports the unit registry", () => {
  let seedLastUnit = 0;

  test.beforeAll(() => {
    const db = openDatabase(E2E_DATABASE);
    seedLastUnit = lastUnitId(db);
    db.$client.close();
  });

  test.afterAll(() => {
    // Other journeys search the seed's units by name; 13.000 more would make their names ambiguous.
    const db = openDatabase(E2E_DATABASE);
    removeUnitsAfter(db, seedLastUnit);
    db.$client.close();
  });

  test("imports 34 provinces and 3.321 communes, changes nothing the second time, and both runs are audited", async ({ page, context }) => {
    const before = withDatabase(counts);
    await new SignInPage(page).signIn("admin");
    await page.getByRole("link", { name: "Danh mục đơn vị" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Danh mục đơn vị hành chính");
    // The demo already holds the 4 provinces and 8 communes that took over its wards, and their lineage.
    await expect(page.getByTestId("registry-status")).toHaveText(
      "Hiện có 4 tỉnh, thành phố và 8 đơn vị cấp xã từ 01/07/2025; 27 quan hệ sáp nhập.",
    );

    const first = await runImport(page);
    console.log(`registry import from the page: ${first.seconds.toFixed(1)} s`);
    expect(await countsOf(first.table, "Tỉnh, thành phố")).toEqual(["30", "4"]);
    expect(await countsOf(first.table, "Đơn vị cấp xã")).toEqual(["3.313", "8"]);
    expect(await countsOf(first.table, "Quan hệ sáp nhập")).toEqual(["10.007", "27"]);
    await expect(page.getByText("Lần nhập này đã được ghi vào nhật ký thay đổi.")).toBeVisible();
    // 10.034 + 938 + 5 = the package's 10.977 mapping rows: the page says why not all are lineage.
    await expect(page.getByRole("status")).toContainText(
      "Trong 10.977 dòng sáp nhập của gói dữ liệu, 938 dòng không có mã đơn vị cũ và 5 dòng là đặc khu mới không có đơn vị trước",
    );
    await expect(page.getByTestId("registry-status")).toHaveText(
      "Hiện có 34 tỉnh, thành phố và 3.321 đơn vị cấp xã từ 01/07/2025; 10.034 quan hệ sáp nhập.",
    );
    const imported = withDatabase(counts);
    // Only units and lineage are added; the seed's figures stay as they were.
    expect({ actuals: imported.actuals, plans: imported.plans }).toEqual({ actuals: before.actuals, plans: before.plans });
    expect(imported.units).toBeGreaterThanOrEqual(before.units + 30 + 3313);

    const second = await runImport(page);
    await expect(page.getByText("Không có gì thay đổi: danh mục đã có đủ từ trước.", { exact: false })).toBeVisible();
    expect(await countsOf(second.table, "Tỉnh, thành phố")).toEqual(["0", "34"]);
    expect(await countsOf(second.table, "Đơn vị cấp xã")).toEqual(["0", "3.321"]);
    expect(await countsOf(second.table, "Đơn vị cũ")).toEqual(["0", "10.034"]);
    expect(await countsOf(second.table, "Quan hệ sáp nhập")).toEqual(["0", "10.034"]);
    expect(withDatabase(counts)).toEqual(imported);

    // The audit trail names the administrator and words both runs, newest first.
    await page.getByRole("link", { name: "Nhật ký thay đổi" }).click();
    const runs = page.getByTestId("audit-table").locator('tr[data-action="registry.import"]');
    await expect(runs).toHaveCount(2);
    await expect(runs.nth(0)).toContainText("Quản trị viên");
    await expect(runs.nth(0)).toContainText("Nhập danh mục đơn vị hành chính");
    await expect(runs.nth(0)).toContainText("Thực hiện từ: trang quản trị");
    await expect(runs.nth(0)).toContainText("Đơn vị cấp xã thêm mới: 0");
    await expect(runs.nth(0)).toContainText("Đơn vị cấp xã đã có: 3.321");
    await expect(runs.nth(1)).toContainText("Đơn vị cấp xã thêm mới: 3.313");

    // And in English.
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
    await page.reload();
    await expect(runs.nth(1)).toContainText("Unit registry imported");
    await expect(runs.nth(1)).toContainText("Run from: the admin page");
    await expect(runs.nth(1)).toContainText("Commune-level units added: 3,313");
    await expect(runs.nth(1)).toContainText("Merger links added: 10,007");
  });

  for (const username of ["bimson", "viewer"]) {
    test(`${username} cannot reach the page nor run the import`, async ({ page }) => {
      await new SignInPage(page).signIn(username);
      await expect(page.getByRole("link", { name: "Danh mục đơn vị" })).toHaveCount(0);
      await page.goto("/admin/registry");
      await expect(page.getByTestId("forbidden")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không có quyền truy cập");
      await expect(page.getByRole("button", { name: "Nhập danh mục" })).toHaveCount(0);
    });
  }

  test("without signing in the page asks to sign in", async ({ page }) => {
    await page.goto("/admin/registry");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
