// An office makes the report a document it can sign and send: it records the HĐND resolution
// behind a target, fills in the number, recipients, signer and preparer once, prints the biểu to
// PDF and downloads the narrative report as .docx; the administrator finds the change in the audit
// trail, filtering by dates typed day first.
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import JSZip from "jszip";
import { PrintPage, squash } from "./pages/print-page";
import { SignInPage } from "./pages/sign-in-page";
import { unitIdByCode } from "./support/database";

test("bimson signs off Bỉm Sơn's 2024 report: the PDF and the .docx carry the document, the audit trail the change", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const town = unitIdByCode("381");
  await new SignInPage(page).signIn("bimson");

  // The growth target's resolution: the number is stamped on a plan when it changes, so change it and set it back.
  await page.goto(`/units/${town}/plans?year=2024&version=council`);
  const growth = page.getByLabel("Tốc độ tăng giá trị sản xuất: chỉ tiêu", { exact: true });
  await expect(growth).toHaveValue("12,4");
  for (const value of ["12,5", "12,4"]) {
    await growth.fill(value);
    await page.getByLabel("Số văn bản").fill("15/NQ-HĐND");
    await page.getByLabel("Ngày ban hành (dd/mm/yyyy)").fill("20/12/2023");
    await growth.press("Enter");
    await expect(page.getByTestId("plan-result")).toHaveText("Đã lưu 1 chỉ tiêu.");
  }

  // The signer's fields, once, on the print page; kept for the unit.
  await page.goto(`/units/${town}/report/print?year=2024&period=FY&date=2025-01-15`);
  await page.getByText("Số văn bản, nơi nhận và người ký").click();
  await page.getByLabel("Số văn bản (phần trước /BC-UBND)").fill("125");
  await page.getByLabel("Nơi nhận (mỗi dòng một nơi)").fill("Như trên;\nUBND tỉnh Thanh Hóa (b/c);\nLưu: VT.");
  await page.getByLabel("Họ tên người ký").fill("Nguyễn Văn An");
  await page.getByLabel("Người lập biểu").fill("Lê Thị Bình");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.reload();
  const print = new PrintPage(page);
  await expect(page.getByTestId("print-number")).toHaveText("Số: 125/BC-UBND");
  await expect(page.getByTestId("print-signer")).toContainText("Nguyễn Văn An");
  await expect(page.getByTestId("print-bases")).toContainText("Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn;");

  // The PDF, read with pdf.js: the whole document, on A4 landscape.
  const { text, size } = await print.pdf();
  expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
  const paper = squash(text);
  for (const expected of [
    "UBND TỈNH THANH HÓA",
    "UBND THỊ XÃ BỈM SƠN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 125/BC-UBND",
    "Bỉm Sơn, ngày 15 tháng 01 năm 2025",
    "% KH cấp trên giao",
    "% KH HĐND giao",
    "Đánh giá",
    "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023",
    "Nơi nhận:",
    "UBND tỉnh Thanh Hóa (b/c);",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn An",
    "Người lập biểu",
    "Lê Thị Bình",
  ]) {
    expect(paper).toContain(squash(expected));
  }
  const verdicts = await print.table.locator("td[data-status]").allInnerTexts();
  expect(verdicts.length).toBeGreaterThan(0);
  for (const verdict of new Set(verdicts)) expect(paper).toContain(squash(verdict));

  // The narrative report, opened as Word would: the same header, a paragraph per indicator, the table.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải báo cáo Word (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe("Báo cáo tình hình thực hiện Thị xã Bỉm Sơn 381 Cả năm 2024.docx");
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
  for (const expected of ["UBND THỊ XÃ BỈM SƠN", "Số: 125/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Văn An"]) expect(paragraphs).toContain(expected);
  const names = await print.table.locator("tr[data-indicator] th[scope=row]").allInnerTexts();
  for (const name of names) expect(paragraphs.some((p) => p.startsWith(name.trim()))).toBe(true);
  expect(paragraphs.find((p) => p.startsWith("Giá trị sản xuất trên địa bàn "))).toMatch(/ đạt \d{1,3}(\.\d{3})* tỷ đồng, bằng \d+,\d% kế hoạch HĐND giao/);
  expect(xml).toContain("<w:tbl>");
  expect(paragraphs).toContain("≥ 18.964");

  // The administrator finds the change, with dates typed day first; the link keeps them ISO.
  const adminContext = await browser.newContext({ locale: "en-US" });
  try {
    const admin = await adminContext.newPage();
    await new SignInPage(admin).signIn("admin");
    await admin.goto("/audit");
    const from = admin.getByLabel("Từ ngày");
    await expect(from).toHaveAttribute("placeholder", "dd/mm/yyyy");
    const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    await from.fill(today);
    await admin.getByLabel("Đến ngày").fill(today);
    await admin.getByRole("button", { name: "Lọc" }).click();
    const iso = today.split("/").reverse().join("-");
    await expect(admin).toHaveURL(new RegExp(`from=${iso}&to=${iso}`));
    await expect(admin.getByLabel("Từ ngày")).toHaveValue(today);
    await expect(admin.getByTestId("audit-table")).toContainText("Nguyễn Văn An");
  } finally {
    await adminContext.close();
  }
});
