// Who sets which target: a ward's KH cấp trên giao is the town's to set, its KH HĐND giao the ward's
// own. Ba Đình's official reads the town's target but cannot change it, not even by a forged request;
// the town's official sets it, and the ward's official still sets the council's target.
import { expect, test, type Page } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { UploadPage } from "./pages/upload-page";
import { indicatorIdByCode, snapshot, unitIdByCode, withDatabase } from "./support/database";
import { actionId, postAction } from "./support/http";

/** A year of its own: what this journey saves changes nothing another journey reads. */
const YEAR = 2020;

function storedPlan(unitId: number, indicatorId: number, year: number, version: string) {
  return withDatabase(
    (db) =>
      (db.prepare("select value, revision from plans where unit_id = ? and indicator_id = ? and year = ? and version = ?").get(unitId, indicatorId, year, version) as
        | { value: number; revision: number }
        | undefined) ?? null,
  );
}

async function setPlan(page: Page, value: string, decision: { number: string; date: string }) {
  const input = page.getByLabel("Giá trị sản xuất trên địa bàn: chỉ tiêu", { exact: true });
  await input.fill(value);
  await page.getByLabel("Số văn bản").fill(decision.number);
  await page.getByLabel("Ngày ban hành (dd/mm/yyyy)").fill(decision.date);
  await page.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(page.getByTestId("plan-result")).toHaveText("Đã lưu 1 chỉ tiêu.");
}

test("Ba Đình reads the town's target for it, the town sets it, and Ba Đình sets its council's", async ({ page, browser, baseURL }) => {
  test.setTimeout(60_000);
  const baDinh = unitIdByCode("14812");
  const gtsx = indicatorIdByCode("GTSX");

  await new SignInPage(page).signIn("badinh");
  await page.goto(`/units/${baDinh}/plans?year=2024&version=higher_level`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: KH cấp trên giao năm 2024");
  // Shown, not editable, with who sets it.
  await expect(page.getByTestId("plan-read-only-note")).toHaveText(
    "KH cấp trên giao của Phường Ba Đình do cấp trên giao: cán bộ đơn vị cấp trên hoặc quản trị viên nhập. Bạn chỉ xem được, không sửa được.",
  );
  await expect(page.getByTestId("plan-read-only").locator('tr[data-indicator="GTSX"]').getByTestId("plan-value")).toHaveText("≥ 4.380");
  await expect(page.getByTestId("plan-form")).toHaveCount(0);
  await expect(page.getByLabel("Giá trị sản xuất trên địa bàn: chỉ tiêu", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lưu chỉ tiêu" })).toHaveCount(0);

  // The request the form would send, forged with Ba Đình's session: refused, nothing written.
  const before = snapshot();
  const forged = await postAction(page.request, {
    baseURL: baseURL!,
    page: `/units/${baDinh}/plans`,
    action: actionId("app/_actions/plans.ts", "savePlans"),
    fields: {
      unitId: String(baDinh),
      year: "2024",
      version: "higher_level",
      documentNumber: "01/QĐ-UBND",
      documentDate: "02/01/2024",
      [`value.${gtsx}`]: "1.000",
      [`comparator.${gtsx}`]: "gte",
      [`revision.${gtsx}`]: String(storedPlan(baDinh, gtsx, 2024, "higher_level")!.revision),
    },
  });
  expect(forged.status).toBe(200);
  expect(forged.body).toContain('"error":"forbidden"');
  expect(snapshot()).toEqual(before);
  expect(storedPlan(baDinh, gtsx, 2024, "higher_level")!.value).toBe(4380);

  // Nor by a plans file: the row is listed with why, and there is nothing to save.
  const upload = new UploadPage(page);
  await upload.open(baDinh);
  await upload.checkCsv("ke-hoach.csv", [
    "Mã đơn vị,14812",
    "Năm,2024",
    "Mã chỉ tiêu,Chỉ tiêu,ĐVT,Loại kế hoạch,So sánh,Giá trị,Giá trị tối đa (khoảng),Số văn bản,Ngày văn bản",
    "GTSX,,,KH cấp trên giao,trở lên,1.000,,01/QĐ-UBND,02/01/2024",
  ]);
  expect(await upload.problemRows()).toEqual([
    ["4", "D (Loại kế hoạch)", "KH cấp trên giao của “GTSX” do cấp trên giao (cán bộ đơn vị cấp trên hoặc quản trị viên); bạn chỉ xem được. Hãy để nguyên dòng này như khi tải mẫu."],
  ]);
  await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
  expect(snapshot()).toEqual(before);

  // The town's official sets Ba Đình's target for the year.
  const town = await browser.newContext();
  try {
    const townPage = await town.newPage();
    await new SignInPage(townPage).signIn("bimson");
    await townPage.goto(`/units/${baDinh}/plans?year=${YEAR}&version=higher_level`);
    await expect(townPage.getByRole("heading", { level: 1 })).toHaveText(`Phường Ba Đình: KH cấp trên giao năm ${YEAR}`);
    await expect(townPage.getByTestId("plan-read-only-note")).toHaveCount(0);
    await setPlan(townPage, "4.100", { number: "15/QĐ-UBND", date: "06/01/2020" });
  } finally {
    await town.close();
  }
  expect(storedPlan(baDinh, gtsx, YEAR, "higher_level")!.value).toBe(4100);

  // Ba Đình sees it, still read only, and sets its council's own target.
  await page.goto(`/units/${baDinh}/plans?year=${YEAR}&version=higher_level`);
  const row = page.getByTestId("plan-read-only").locator('tr[data-indicator="GTSX"]');
  await expect(row.getByTestId("plan-value")).toHaveText("≥ 4.100");
  await expect(row).toContainText("Theo 15/QĐ-UBND ngày 06/01/2020");
  await page.goto(`/units/${baDinh}/plans?year=${YEAR}&version=council`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Phường Ba Đình: KH HĐND giao năm ${YEAR}`);
  await setPlan(page, "4.250", { number: "05/NQ-HĐND", date: "10/01/2020" });
  expect(storedPlan(baDinh, gtsx, YEAR, "council")!.value).toBe(4250);
  expect(storedPlan(baDinh, gtsx, YEAR, "higher_level")!.value).toBe(4100);
});
