import { expect, test } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { ReportPage } from "./pages/report-page";
import { SignInPage } from "./pages/sign-in-page";
import { UploadPage } from "./pages/upload-page";
import { snapshot, unitIdByCode } from "./support/database";

async function trungVuongId(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("/?q=Trưng Vương");
  // Keyed by official code: names repeat across the country.
  await page.getByRole("link", { name: /Phường Trưng Vương.*Mã 05443/ }).click();
  await new ReportPage(page).openFromDashboard();
  await expect(page).toHaveURL(/\/units\/\d+\/report/);
  return /\/units\/(\d+)\//.exec(page.url())![1]!;
}

test.describe("an official enters figures from a filled template", () => {
  // Uploading is data entry: the administrator may do it for any unit, Trưng Vương included.
  test.beforeEach(async ({ page }) => {
    await new SignInPage(page).signIn("admin");
  });

  test("uploading the template just downloaded finds no problem and changes nothing", async ({ page }) => {
    const id = await trungVuongId(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải mẫu nhập số liệu (.xlsx)" }).click()]);
    const buffer = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    });
    const upload = new UploadPage(page);
    await upload.open(id);
    await upload.check({ name: "mau.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
    await expect(upload.summary).toContainText("Phường Trưng Vương, Cả năm năm 2023");
    await expect(upload.summary).toContainText("0 mới, 0 thay đổi");
    await expect(page.getByText("Không có lỗi.")).toBeVisible();
    await expect(upload.figures).toContainText("THU_NSNN");
    await expect(upload.figures).toContainText("41,795");
    await expect(upload.figures.getByText("Không đổi").first()).toBeVisible();
    await expect(page.getByText("Tệp không làm thay đổi số liệu nào.")).toBeVisible();
  });

  test("a file with bad rows is rejected whole, each problem by row, column and reason in Vietnamese", async ({ page }) => {
    const id = await trungVuongId(page);
    const csv = [
      "Mã đơn vị,05443",
      "Năm,2023",
      "Kỳ báo cáo,Cả năm",
      "Mã chỉ tiêu,Chỉ tiêu,ĐVT,Số liệu,Tình trạng (Ước / Sơ bộ / Chính thức),Tử số,Mẫu số,Ghi chú",
      'THU_NSNN,,,"41,8",Ước,,,',
      "KHONG_CO,,,5,,,,",
      "THU_NS_XA,,,28.936.5,,,,",
      'THU_NS_XA,,,"28,936",,,,',
      "LUOT_KHACH,,,4.05,,,,",
      "GD_VAN_HOA,,,,,2570,,",
      "GTSX_TANG,,,12,,,,",
    ];
    const upload = new UploadPage(page);
    await upload.open(id);
    await upload.checkCsv("sai.csv", csv);
    await expect(page.getByRole("heading", { name: /Tệp có 6 lỗi; chưa ghi gì/ })).toBeVisible();
    expect(await upload.problemRows()).toEqual([
      ["6", "A (Mã chỉ tiêu)", "Mã chỉ tiêu “KHONG_CO” không có trong danh mục."],
      ["7", "D (Số liệu)", "“28.936.5”: dấu chấm phân cách hàng nghìn phải đứng trước đúng 3 chữ số, ví dụ 1.234.567"],
      ["8", "D (Số liệu)", "Chưa rõ “28,936”: nếu là số nghìn hãy viết 28.936; số này không có phần thập phân."],
      ["9", "D (Số liệu)", "Chưa rõ “4.05”: dùng dấu phẩy cho phần thập phân: 4,05"],
      ["10", "G (Mẫu số)", "Chỉ tiêu tỷ lệ cần cả tử số và mẫu số."],
      ["11", "A (Mã chỉ tiêu)", "Chỉ tiêu “GTSX_TANG” được tính tự động từ chỉ tiêu gốc, không nhập."],
    ]);
    await expect(page.getByText("Tệp không làm thay đổi số liệu nào.")).toBeHidden();
  });

  test("the year's plans template, uploaded again as downloaded, changes nothing", async ({ page }) => {
    const id = await trungVuongId(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải mẫu kế hoạch năm (.xlsx)" }).click()]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const upload = new UploadPage(page);
    await upload.open(id);
    await upload.check({ name: "ke-hoach.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.concat(chunks) });
    await expect(upload.summary).toContainText("Tệp kế hoạch của Phường Trưng Vương năm 2023");
    await expect(upload.summary).toContainText("0 mới, 0 thay đổi");
    await expect(page.getByText("Không có lỗi.")).toBeVisible();
    // The city's plan and the ward council's adjusted plan for state budget revenue, as stored.
    await expect(upload.figures).toContainText("THU_NSNN · Thu ngân sách nhà nước trên địa bàn · KH điều chỉnh");
    await expect(page.getByText("Tệp không làm thay đổi số liệu nào.")).toBeVisible();
  });

  test("a file for another unit is refused", async ({ page }) => {
    const id = await trungVuongId(page);
    const csv = "Mã đơn vị,14812\r\nNăm,2023\r\nKỳ báo cáo,Cả năm\r\nMã chỉ tiêu,Chỉ tiêu,ĐVT,Số liệu,Tình trạng (Ước / Sơ bộ / Chính thức),Tử số,Mẫu số,Ghi chú\r\n";
    const upload = new UploadPage(page);
    await upload.open(id);
    await upload.check({ name: "khac.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    expect(await upload.problemRows()).toEqual([["—", "B (Mã đơn vị)", "Tệp dành cho đơn vị mã 14812, không phải đơn vị đang chọn (mã 05443)."]]);
  });
});

test.describe("a ward official's file with problems saves nothing", () => {
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  test.beforeEach(async ({ page }) => {
    await new SignInPage(page).signIn("badinh");
  });

  test("every kind of problem is listed by row, column and reason, and nothing is written", async ({ page }) => {
    const csv = [
      // Lam Sơn's code: outside badinh's units, whatever the rows say.
      "Mã đơn vị,14815",
      "Năm,2024",
      "Kỳ báo cáo,6 tháng",
      "Mã chỉ tiêu,Chỉ tiêu,ĐVT,Số liệu,Tình trạng (Ước / Sơ bộ / Chính thức),Tử số,Mẫu số,Ghi chú",
      "VON_DAU_TU,,,130,Ước,,,",
      "KHONG_CO,,,5,,,,",
      'GTSX,,,"1.234,5.6",,,,',
      'THU_NS_XA,,,"1,234",,,,',
      "VON_DAU_TU,,,131,Ước,,,",
    ];
    const upload = new UploadPage(page);
    await upload.open(unitIdByCode("14812"));
    const before = snapshot();
    await upload.checkCsv("loi.csv", csv);
    await expect(page.getByRole("heading", { name: /Tệp có 5 lỗi; chưa ghi gì/ })).toBeVisible();
    expect(await upload.problemRows()).toEqual([
      ["—", "B (Mã đơn vị)", "Đơn vị mã 14815 nằm ngoài phạm vi đơn vị được giao cho bạn."],
      ["6", "A (Mã chỉ tiêu)", "Mã chỉ tiêu “KHONG_CO” không có trong danh mục."],
      ["7", "D (Số liệu)", "Không đọc được số “1.234,5.6”. Ví dụ cách viết đúng: 10.970,5"],
      ["8", "D (Số liệu)", "Chưa rõ “1,234”: nếu là số nghìn hãy viết 1.234; số này không có phần thập phân."],
      ["9", "A (Mã chỉ tiêu)", "Chỉ tiêu “VON_DAU_TU” đã có ở dòng 5 với số liệu khác."],
    ]);
    await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
    expect(snapshot()).toEqual(before);
  });

  test("a template downloaded before someone else changed a figure is refused, even the rows left as they were", async ({ page, browser }) => {
    const baDinh = unitIdByCode("14812");
    const template = await page.request.get(`/units/${baDinh}/entry/template?year=2024&period=M9`);
    expect(template.ok()).toBe(true);
    const buffer = await template.body();

    // Meanwhile the town's official corrects Ba Đình's 9-month production value on the entry form.
    const town = await browser.newContext();
    let corrected = "";
    try {
      const townPage = await town.newPage();
      await new SignInPage(townPage).signIn("bimson");
      const form = new EntryPage(townPage);
      await form.open(baDinh, 2024, "M9");
      const stored = Number((await form.value("GTSX").inputValue()).replace(/\./g, ""));
      corrected = new Intl.NumberFormat("vi-VN").format(stored + 5);
      await form.value("GTSX").fill(corrected);
      await form.save();
      await expect(form.result).toHaveText("Đã lưu 1 số liệu.");
    } finally {
      await town.close();
    }

    const upload = new UploadPage(page);
    await upload.open(baDinh);
    const before = snapshot();
    await upload.check({ name: "ba-dinh-9-thang.xlsx", mimeType: XLSX, buffer });
    await expect(page.getByRole("heading", { name: /Tệp có 1 lỗi; chưa ghi gì/ })).toBeVisible();
    const [problem] = await upload.problemRows();
    expect(problem!.slice(1)).toEqual([
      "D (Số liệu)",
      `Số liệu “GTSX” đã được sửa trên hệ thống sau khi tải mẫu (nay là ${corrected}); ghi tệp này sẽ đè lên. Hãy tải mẫu mới rồi điền lại dòng này.`,
    ]);
    await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
    expect(snapshot()).toEqual(before);
  });
});
