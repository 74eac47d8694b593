// An official uploads a file that is no template: 100.000 rows, more than 2 MB, a CSV saved in
// UTF-16. Each is refused with a clear reason in Vietnamese, quickly, and while the server reads
// the large one it keeps answering other officials' pages.
import JSZip from "jszip";
import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { UploadPage } from "./pages/upload-page";
import { snapshot, unitIdByCode } from "./support/database";

const BA_DINH = "14812";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook of one-cell rows, as the attack that once held the server for ten minutes used. */
async function oneCellRows(rows: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const data = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join("");
  zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${data}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test.describe("a file that is no template is refused, and the server keeps serving", () => {
  test.beforeEach(async ({ page }) => {
    await new SignInPage(page).signIn("badinh");
  });

  test("100.000 rows are refused at the row limit while another official's page is answered meanwhile", async ({ page, browser }) => {
    const file = await oneCellRows(100_000);
    expect(file.byteLength).toBeLessThan(2 * 1024 * 1024);
    const upload = new UploadPage(page);
    const baDinh = unitIdByCode(BA_DINH);
    await upload.open(baDinh);
    const before = snapshot();

    // Another official, anonymous, reads a public report while the file is being read.
    const other = await browser.newContext();
    try {
      await upload.page.getByLabel(/^Tệp mẫu đã điền/).setInputFiles({ name: "lon.xlsx", mimeType: XLSX, buffer: file });
      const checking = page.getByRole("button", { name: "Kiểm tra tệp" }).click();
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 3 }, () => other.request.get(`/units/${baDinh}/report?year=2024`)));
      const waited = Date.now() - started;
      await checking;
      for (const answer of answers) expect(answer.status()).toBe(200);
      // Before, the same file held every request for minutes; a page now comes back as it always does.
      expect(waited).toBeLessThan(10_000);
      test.info().annotations.push({ type: "three page requests during the check", description: `${waited} ms` });
    } finally {
      await other.close();
    }
    await expect(upload.problems).toContainText("Tệp có hơn 5.000 dòng");
    expect(await upload.problemRows()).toEqual([["—", "—", "Tệp có hơn 5.000 dòng, quá nhiều cho một mẫu nhập. Hãy dùng mẫu tải từ ứng dụng."]]);
    await expect(page.getByRole("button", { name: /vào hệ thống/ })).toHaveCount(0);
    expect(snapshot()).toEqual(before);
  });

  test("a file over 2 MB is stopped in the browser with the limit in words, before it is sent", async ({ page }) => {
    const upload = new UploadPage(page);
    await upload.open(unitIdByCode(BA_DINH));
    await expect(page.getByLabel(/^Tệp mẫu đã điền/)).toBeVisible();
    await expect(page.getByText("Tệp mẫu đã điền (.xlsx hoặc .csv, tối đa 2 MB)")).toBeVisible();
    let posted = false;
    page.on("request", (r) => {
      if (r.method() === "POST") posted = true;
    });
    // 1,6 MB was once enough to hit the framework's own limit and show its error page.
    await upload.check({ name: "lon.csv", mimeType: "text/csv", buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a") });
    await expect(page.getByTestId("upload-too-large")).toHaveText("Tệp lớn quá 2 MB. Hãy dùng mẫu tải từ ứng dụng, chỉ điền các chỉ tiêu của đơn vị.");
    expect(posted).toBe(false);
    // A 1,6 MB CSV under the limit is read by the app itself and answered in words, not by an error page.
    await upload.check({ name: "gan-2mb.csv", mimeType: "text/csv", buffer: Buffer.from(`${"a,b\r\n".repeat(330_000)}`, "utf8") });
    expect(await upload.problemRows()).toEqual([["—", "—", "Tệp có hơn 5.000 dòng, quá nhiều cho một mẫu nhập. Hãy dùng mẫu tải từ ứng dụng."]]);
  });

  test("a CSV saved in UTF-16 or Windows-1258 is refused with the encoding the app expects", async ({ page }) => {
    const upload = new UploadPage(page);
    await upload.open(unitIdByCode(BA_DINH));
    const csv = "Mã đơn vị,14812\r\nNăm,2024\r\nKỳ báo cáo,6 tháng\r\nMã chỉ tiêu,Chỉ tiêu,ĐVT,Số liệu\r\n";
    await upload.check({ name: "utf16.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]) });
    expect(await upload.problemRows()).toEqual([["—", "—", "Tệp CSV được lưu bằng bảng mã UTF-16, ứng dụng cần UTF-8. Trong Excel, chọn Lưu thành → “CSV UTF-8 (phân tách bằng dấu phẩy)”."]]);
    // "Mã đơn vị" as Windows-1258 writes it: "ã" is the single byte 0xE3.
    await upload.check({ name: "cp1258.csv", mimeType: "text/csv", buffer: Buffer.from([0x4d, 0xe3, 0x20, 0x64, 0x6f, 0x6e, 0x20, 0x76, 0x69, 0x2c, 0x31, 0x0d, 0x0a]) });
    expect((await upload.problemRows())[0]![2]).toContain("không dùng bảng mã UTF-8");
  });
});
