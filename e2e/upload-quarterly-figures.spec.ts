// A ward official fills the downloaded template in Excel, uploads it, reads the preview, saves it and
// sees the report change; the same file again changes nothing, and a neighbour's file is refused.
import ExcelJS from "exceljs";
import { expect, test, type Download } from "@playwright/test";
import { ReportPage } from "./pages/report-page";
import { SignInPage } from "./pages/sign-in-page";
import { UploadPage } from "./pages/upload-page";
import { snapshot, unitIdByCode, withDatabase } from "./support/database";

const BA_DINH = "14812";
const LAM_SON = "14815";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function storedGtsx() {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `select a.value, a.status, a.revision, a.id from actuals a join units u on u.id = a.unit_id
           join indicators i on i.id = a.indicator_id where u.code = ? and i.code = 'GTSX' and a.year = 2024 and a.period = 'H1'`,
        )
        .get(BA_DINH) as { value: number; status: string; revision: number; id: number },
  );
}

async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** What the official does in Excel: types a new figure into GTSX's "Số liệu" cell. */
async function fillFigure(template: Buffer, code: string, value: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let valueColumn = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, column) => {
      if (cell.value === "Số liệu") valueColumn = column;
    });
  });
  expect(valueColumn).toBeGreaterThan(0);
  let filled = false;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === code) {
      row.getCell(valueColumn).value = value;
      filled = true;
    }
  });
  expect(filled).toBe(true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("badinh uploads Ba Đình's 6-month figures from the filled template, saves them once, and cannot upload Lam Sơn's", async ({ page }) => {
  const baDinh = unitIdByCode(BA_DINH);
  await new SignInPage(page).signIn("badinh");
  await page.goto(`/units/${baDinh}/report?year=2024&period=H1`);
  const report = new ReportPage(page);
  const before = storedGtsx();
  const value = Math.round(before.value) + 7;
  const shown = new Intl.NumberFormat("vi-VN").format(value);
  await expect(report.row("GTSX")).not.toContainText(shown);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải mẫu nhập số liệu (.xlsx)" }).click()]);
  const filled = await fillFigure(await bytes(download), "GTSX", value);

  await page.getByRole("link", { name: "Nhập từ tệp Excel/CSV" }).click();
  const upload = new UploadPage(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập số liệu từ tệp Excel hoặc CSV");
  const untouched = snapshot();
  await upload.check({ name: "ba-dinh-6-thang.xlsx", mimeType: XLSX, buffer: filled });
  await expect(upload.summary).toContainText("Phường Ba Đình, 6 tháng năm 2024");
  await expect(upload.summary).toContainText("0 mới, 1 thay đổi");
  await expect(page.getByText("Không có lỗi.")).toBeVisible();
  await expect(upload.figures.locator("tr", { hasText: "GTSX" })).toContainText(shown);
  await expect(upload.figures.locator("tr", { hasText: "GTSX" })).toContainText("Thay đổi");
  // The preview writes nothing.
  expect(snapshot()).toEqual(untouched);

  await upload.save();
  await expect(upload.saved).toContainText("Đã lưu 1 số liệu.");
  const after = storedGtsx();
  expect(after).toMatchObject({ value, revision: before.revision + 1 });
  const audit = withDatabase(
    (db) =>
      db.prepare("select a.action, u.username from audit_log a join users u on u.id = a.user_id where a.entity = 'actual' and a.entity_id = ? order by a.id desc").get(after.id) as {
        action: string;
        username: string;
      },
  );
  expect(audit).toEqual({ action: "actual.update", username: "badinh" });

  await upload.saved.getByRole("link", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(/year=2024&period=H1/);
  await expect(report.row("GTSX")).toContainText(shown);

  // The same file again: nothing to change, nothing written.
  const saved = snapshot();
  await upload.open(baDinh);
  await upload.check({ name: "ba-dinh-6-thang.xlsx", mimeType: XLSX, buffer: filled });
  await expect(upload.summary).toContainText("0 mới, 0 thay đổi");
  await expect(page.getByText("Tệp không làm thay đổi số liệu nào.")).toBeVisible();
  await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
  expect(snapshot()).toEqual(saved);

  // Lam Sơn's file is outside her units: refused on her own page, and Lam Sơn's page is closed to her.
  const csv = "Mã đơn vị,14815\r\nNăm,2024\r\nKỳ báo cáo,6 tháng\r\nMã chỉ tiêu,Chỉ tiêu,ĐVT,Số liệu,Tình trạng (Ước / Sơ bộ / Chính thức),Tử số,Mẫu số,Ghi chú\r\nGTSX,,,2000,Ước,,,\r\n";
  await upload.check({ name: "lam-son.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  expect(await upload.problemRows()).toEqual([["—", "B (Mã đơn vị)", "Đơn vị mã 14815 nằm ngoài phạm vi đơn vị được giao cho bạn."]]);
  await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
  await page.goto(`/units/${unitIdByCode(LAM_SON)}/entry/upload`);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  expect(snapshot()).toEqual(saved);
});
