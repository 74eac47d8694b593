// The town's official compares Bỉm Sơn's targets with its wards', sets a ward's target under a
// decision to close the gap, and the administrator finds that change in the audit trail and its CSV.
import { expect, test } from "@playwright/test";
import { ReportPage } from "./pages/report-page";
import { SignInPage } from "./pages/sign-in-page";
import { DashboardPage } from "./pages/dashboard-page";
import { indicatorIdByCode, unitIdByCode } from "./support/database";

test("bimson closes the wards' production gap and the admin finds the change in the audit trail", async ({ page, browser }) => {
  // Two sessions through seven pages and a download: more than the default budget on a busy machine.
  test.setTimeout(60_000);
  const town = unitIdByCode("381");
  const lamSon = unitIdByCode("14815");

  // Anyone can read the allocation: the wards' 18.420 tỷ against the town's 18.964 tỷ.
  await page.goto(`/units/${town}/allocation?year=2024`);
  const gtsx = page.getByTestId("allocation").locator('tr[data-indicator="GTSX"]');
  await expect(gtsx).toContainText("18.964");
  await expect(gtsx).toContainText("18.420");
  await expect(gtsx.getByTestId("gap")).toHaveText("-544");

  await new SignInPage(page).signIn("bimson");
  await page.goto(`/units/${lamSon}/plans?year=2024&version=higher_level`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Lam Sơn: KH cấp trên giao năm 2024");
  const value = page.getByLabel("Giá trị sản xuất trên địa bàn: chỉ tiêu", { exact: true });
  await expect(value).toHaveValue("3.620");
  await value.fill("4.164");
  // A changed plan names the decision that sets it.
  await page.getByLabel("Số văn bản").fill("");
  await page.getByLabel("Ngày ban hành (dd/mm/yyyy)").fill("");
  await value.press("Enter");
  await expect(page.getByTestId("plan-result")).toContainText("Chưa lưu");
  await expect(page.getByText("Ghi số văn bản giao chỉ tiêu")).toBeVisible();
  await expect(page.getByText("Ghi ngày của văn bản giao chỉ tiêu")).toBeVisible();
  await page.getByLabel("Số văn bản").fill("125/QĐ-UBND");
  await page.getByLabel("Ngày ban hành (dd/mm/yyyy)").fill("31/02/2024");
  await value.press("Enter");
  await expect(page.getByTestId("plan-result")).toContainText("Chưa lưu");
  await expect(page.getByText("Ngày không hợp lệ")).toBeVisible();
  await page.getByLabel("Ngày ban hành (dd/mm/yyyy)").fill("15/01/2024");
  await value.press("Enter");
  await expect(page.getByTestId("plan-result")).toHaveText("Đã lưu 1 chỉ tiêu.");

  await page.goto(`/units/${town}/allocation?year=2024`);
  await expect(gtsx.getByTestId("gap")).toHaveText("0");

  // The report names the decision, its date written as documents write it.
  await page.goto(`/units/${lamSon}/report?year=2024`);
  await expect(new ReportPage(page).cell("GTSX", "planHigher")).toContainText("Theo 125/QĐ-UBND ngày 15/01/2024");

  const adminContext = await browser.newContext();
  try {
    const admin = await adminContext.newPage();
    await new SignInPage(admin).signIn("admin");
    await admin.getByRole("link", { name: "Nhật ký thay đổi" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Nhật ký thay đổi");
    await admin.getByRole("combobox", { name: "Đơn vị" }).selectOption({ label: "Phường Lam Sơn (14815)" });
    await admin.getByRole("combobox", { name: "Người thực hiện" }).selectOption({ label: "Cán bộ TX Bỉm Sơn (bimson)" });
    await admin.getByRole("button", { name: "Lọc" }).click();
    const row = admin.getByTestId("audit-table").locator('tr[data-action="plan.update"]').first();
    await expect(row).toContainText("Sửa chỉ tiêu giao");
    await expect(row).toContainText("Giá trị: 3.620 → 4.164");
    await expect(row).toContainText("125/QĐ-UBND");
    await expect(row).toContainText("15/01/2024");
    // When, in Vietnam's time, day first, whatever the server's own time zone.
    const at = (await row.locator("td").first().textContent())!;
    expect(at).toMatch(/^\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);

    const download = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "Tải về CSV" }).click();
    const csv = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of csv) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text.startsWith("\uFEFFid,at,user,action")).toBe(true);
    expect(text).toContain("plan.update");
    // Only what the filter asked for: Lam Sơn, changed by the town's official.
    const rows = text.trim().split("\r\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const line of rows) expect(line).toMatch(/^\d+,[^,]+,Cán bộ TX Bỉm Sơn,.*,14815,Phường Lam Sơn,/);
    // The file gives the same instant with Vietnam's offset: 23:10:05 03/12/2026 is 2026-12-03T23:10:05+07:00.
    const [time, date] = at.split(" ");
    const [day, month, year] = date!.split("/");
    expect(rows.find((line) => line.includes("plan.update"))).toContain(`,${year}-${month}-${day}T${time}+07:00,`);
  } finally {
    await adminContext.close();
  }
});

test("an admin defines a growth indicator derived from another; an invalid definition is refused", async ({ page }) => {
  await new SignInPage(page).signIn("admin");
  await page.goto("/admin/indicators");
  const form = page.getByTestId("indicator-form");
  await form.getByLabel("Mã chỉ tiêu").fill("DT_DL_TANG");
  await form.getByLabel("Tên tiếng Việt").fill("Tốc độ tăng doanh thu du lịch");
  await form.getByLabel("Tên tiếng Anh").fill("Tourism revenue growth");
  await form.getByLabel("ĐVT (tiếng Việt)").fill("%");
  await form.getByLabel("ĐVT (tiếng Anh)").fill("%");
  await form.getByLabel("Loại chỉ tiêu").selectOption("growth");
  await form.getByLabel("Tính chất theo thời gian").selectOption("level");
  await form.getByLabel("Cách tổng hợp lên cấp trên").selectOption("none");
  await form.getByLabel("Số chữ số thập phân").fill("1");
  await form.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("Tốc độ tăng cần chỉ tiêu gốc; các loại khác không có chỉ tiêu gốc.");

  await form.getByLabel("Chỉ tiêu gốc (cho tốc độ tăng)").selectOption({ label: "DOANH_THU_DL · Doanh thu dịch vụ du lịch" });
  await form.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã thêm chỉ tiêu DT_DL_TANG.");
  await page.reload();
  await expect(page.getByTestId("indicator-list").locator('tr[data-indicator="DT_DL_TANG"]')).toContainText("Tốc độ tăng");
});

test("an admin widens an indicator's tolerance band: the town's small miss becomes đạt, audited; cleared, it is judged by the default again", async ({ page }) => {
  await new SignInPage(page).signIn("admin");
  const town = `/units/${unitIdByCode("381")}?year=2024&period=FY`;
  const production = new DashboardPage(page).indicator("GTSX");
  await page.goto(town);
  await expect(production.locator("[data-verdict]")).toHaveAttribute("data-verdict", "not_achieved");

  await page.goto("/admin/indicators");
  const band = page.getByTestId("tolerance-GTSX");
  await band.getByLabel("Biên dung sai GTSX").fill("-5");
  await band.getByRole("button", { name: "Lưu" }).click();
  await expect(band).toContainText("Biên dung sai là một số không âm, ví dụ 0,5.");
  await band.getByLabel("Biên dung sai GTSX").fill("600");
  await band.getByRole("button", { name: "Lưu" }).click();
  await expect(band.getByRole("status")).toHaveText("Đã lưu biên dung sai.");
  await page.reload();
  await expect(page.getByTestId("tolerance-GTSX").getByLabel("Biên dung sai GTSX")).toHaveValue("600");

  // 18.477 against ≥ 18.964 is within 600 of the plan: every view now says đạt.
  await page.goto(town);
  await expect(production.locator("[data-verdict]")).toHaveAttribute("data-verdict", "achieved");
  await page.goto(`/audit?indicatorId=${indicatorIdByCode("GTSX")}`);
  await expect(page.getByRole("cell", { name: "Sửa chỉ tiêu" }).first()).toBeVisible();

  await page.goto("/admin/indicators");
  await page.getByTestId("tolerance-GTSX").getByLabel("Biên dung sai GTSX").fill("");
  await page.getByTestId("tolerance-GTSX").getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByTestId("tolerance-GTSX").getByRole("status")).toHaveText("Đã lưu biên dung sai.");
  await page.goto(town);
  await expect(production.locator("[data-verdict]")).toHaveAttribute("data-verdict", "not_achieved");
});
