// A ward official enters the first quarter's figures in Vietnamese numbers and sees the report change;
// she cannot reach her neighbours' forms, and a viewer cannot enter anything at all.
import { expect, test } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { ReportPage } from "./pages/report-page";
import { SignInPage } from "./pages/sign-in-page";
import { snapshot, unitIdByCode, withDatabase } from "./support/database";
import { actionId, postAction } from "./support/http";

const BA_DINH = "14812";
const LAM_SON = "14815";

function storedGtsx(unitCode: string, period = "Q1") {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `select a.value, a.status, a.note, a.revision from actuals a join units u on u.id = a.unit_id
           join indicators i on i.id = a.indicator_id where u.code = ? and i.code = 'GTSX' and a.year = 2024 and a.period = ?`,
        )
        .get(unitCode, period) as { value: number; status: string; note: string | null; revision: number },
  );
}

test("badinh signs in, enters Quý I figures with Vietnamese numbers using only the keyboard, and the report changes", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  await page.getByRole("link", { name: "Nhập số liệu" }).click();
  const entry = new EntryPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: nhập số liệu Quý I năm 2024");

  // Beside each input: ĐVT, the plan, the previous period and the same period last year.
  const gtsx = entry.row("GTSX");
  await expect(gtsx).toContainText("tỷ đồng");
  await expect(gtsx).toContainText("≥ 4.380");
  const cells = gtsx.locator("td");
  await expect(cells.nth(2)).toHaveText("—"); // no earlier period in the year than Quý I
  await expect(cells.nth(3)).toHaveText("903"); // Quý I of 2023

  // A number in English style is refused with a clear message and nothing is written.
  const before = snapshot();
  await entry.value("GTSX").fill("1,250.5");
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toContainText("Chưa lưu");
  await expect(gtsx.getByTestId("field-error")).toHaveText("Số viết theo kiểu tiếng Anh. Hãy viết: 1.250,5");
  expect(snapshot()).toEqual(before);

  // Keyboard only: type the figure, Tab to its status, choose it, Tab to the note, Enter saves.
  await entry.value("GTSX").fill("1.250");
  await entry.value("GTSX").press("Tab");
  await expect(entry.status("GTSX")).toBeFocused();
  await entry.status("GTSX").selectOption("estimate");
  await page.keyboard.press("Tab");
  await expect(entry.note("GTSX")).toBeFocused();
  await page.keyboard.type("Ước tính theo báo cáo các doanh nghiệp");
  await page.keyboard.press("Enter");
  // The seeded figure is official: turning it back into an estimate needs a confirmation.
  await expect(entry.result).toContainText("có số liệu bất thường");
  await expect(gtsx.getByTestId("field-warning")).toHaveText("Số liệu đang là Chính thức, sẽ chuyển thành Ước.");
  expect(snapshot()).toEqual(before);
  await page.getByLabel("Tôi đã kiểm tra các cảnh báo trên và vẫn muốn lưu.").check();
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  const revisionAfterFirstSave = storedGtsx(BA_DINH).revision;
  expect(storedGtsx(BA_DINH)).toMatchObject({ value: 1250, status: "estimate", note: "Ước tính theo báo cáo các doanh nghiệp" });

  // A decimal with the comma, and a ratio as numerator over denominator; the saved figure is not posted again.
  await entry.value("THU_NHAP_BQ").fill("76,5");
  await entry.numerator("TY_LE_HO_NGHEO").fill("2");
  await entry.denominator("TY_LE_HO_NGHEO").fill("1.440");
  await entry.denominator("TY_LE_HO_NGHEO").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 2 số liệu.");
  const stored = withDatabase(
    (db) =>
      db
        .prepare(
          `select i.code, a.value, a.numerator, a.denominator from actuals a join units u on u.id = a.unit_id join indicators i on i.id = a.indicator_id
           where u.code = ? and a.year = 2024 and a.period = 'Q1' and i.code in ('THU_NHAP_BQ', 'TY_LE_HO_NGHEO') order by i.code`,
        )
        .all(BA_DINH),
  );
  expect(stored).toEqual([
    { code: "THU_NHAP_BQ", value: 76.5, numerator: null, denominator: null },
    { code: "TY_LE_HO_NGHEO", value: (2 / 1440) * 100, numerator: 2, denominator: 1440 },
  ]);
  expect(storedGtsx(BA_DINH).revision).toBe(revisionAfterFirstSave);

  // The history shows the seeded official figure and the estimate that replaced it.
  await page.reload();
  const history = entry.row("GTSX").getByTestId("history-GTSX");
  await history.getByText(/Lịch sử/).click();
  await expect(history).toContainText("Cán bộ P. Ba Đình");
  await expect(history).toContainText("1.250");

  // The report shows the new figure.
  await page.getByRole("link", { name: /Báo cáo của Phường Ba Đình/ }).click();
  const report = new ReportPage(page);
  await report.expectCell("GTSX", "1.250");
  await expect(report.row("GTSX").getByText("Ước", { exact: true })).toBeVisible();

  // So does the dashboard for the quarter.
  await page.goto(`/units/${unitIdByCode(BA_DINH)}?year=2024&period=Q1`);
  const card = (code: string) => page.locator(`li[data-indicator="${code}"]`);
  await expect(card("GTSX")).toContainText("1.250");
  await expect(card("GTSX")).toContainText("Ước");
  await expect(card("THU_NHAP_BQ")).toContainText("76,5");
  await expect(card("TY_LE_HO_NGHEO")).toContainText("0,14");
});

test("badinh cannot open or post the forms of Bỉm Sơn's other wards", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const lamSon = unitIdByCode(LAM_SON);
  await page.goto(`/units/${lamSon}/report`);
  await expect(page.getByRole("link", { name: "Nhập số liệu kỳ này" })).toHaveCount(0);
  await page.goto(`/units/${lamSon}/entry`);
  await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  await expect(page.getByTestId("entry-form")).toHaveCount(0);

  const before = snapshot();
  const response = await postAction(page.request, {
    baseURL: test.info().project.use.baseURL!,
    page: `/units/${lamSon}/entry`,
    action: actionId("app/_actions/entry.ts", "saveActuals"),
    fields: { unitId: String(lamSon), year: "2024", period: "Q1", "value.1": "9.999", "status.1": "official", "revision.1": "1" },
  });
  expect(response.body).toContain('"error":"forbidden"');
  expect(snapshot()).toEqual(before);
});

test("viewer sees no entry controls and is refused when posting directly", async ({ page }) => {
  await new SignInPage(page).signIn("viewer");
  const baDinh = unitIdByCode(BA_DINH);
  await expect(page.getByRole("link", { name: "Nhập số liệu" })).toHaveCount(0);
  await page.goto(`/units/${baDinh}/report`);
  await expect(page.getByTestId("unit-report")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nhập số liệu kỳ này" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.goto(`/units/${baDinh}/entry`);
  await expect(page.getByTestId("forbidden")).toBeVisible();

  const before = snapshot();
  const response = await postAction(page.request, {
    baseURL: test.info().project.use.baseURL!,
    page: `/units/${baDinh}/entry`,
    action: actionId("app/_actions/entry.ts", "saveActuals"),
    fields: { unitId: String(baDinh), year: "2024", period: "Q1", "value.1": "9.999", "status.1": "official", "revision.1": "2" },
  });
  expect(response.body).toContain('"error":"forbidden"');
  expect(snapshot()).toEqual(before);
});

test("signing out ends the session", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await page.goto(`/units/${unitIdByCode(BA_DINH)}/entry`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("phuongbimson, of the ward formed on 01/07/2025, opens on 2026, enters its Quý I income and sees it on the dashboard", async ({ page }) => {
  await new SignInPage(page).signIn("phuongbimson");
  // The overview opens on the current year in today's structure.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Đơn vị có nhiều chỉ tiêu chưa đạt nhất năm 2026" })).toBeVisible();
  await expect(page.getByTestId("as-of-shown")).toContainText("hôm nay");

  await page.getByRole("link", { name: "Nhập số liệu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Bỉm Sơn: nhập số liệu Quý I năm 2026");
  const entry = new EntryPage(page);
  await entry.value("THU_NHAP_BQ").fill("79,4");
  await entry.value("THU_NHAP_BQ").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  const newWardId = withDatabase((db) => (db.prepare("select id from units where code = ? and valid_to is null").get(BA_DINH) as { id: number }).id);
  const stored = withDatabase((db) =>
    db.prepare("select a.value from actuals a join indicators i on i.id = a.indicator_id where a.unit_id = ? and i.code = 'THU_NHAP_BQ' and a.year = 2026 and a.period = 'Q1'").get(newWardId),
  );
  expect(stored).toEqual({ value: 79.4 });

  await page.goto(`/units/${newWardId}?year=2026&period=Q1`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phường Bỉm Sơn");
  await expect(page.locator('li[data-indicator="THU_NHAP_BQ"]')).toContainText("79,4");

  // The former Phường Ba Đình, which shares its code, is not hers.
  const oldBaDinh = withDatabase((db) => (db.prepare("select id from units where code = ? and valid_to is not null").get(BA_DINH) as { id: number }).id);
  expect((await page.request.get(`/units/${oldBaDinh}/entry`)).status()).toBe(403);
});
