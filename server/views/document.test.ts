import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { saveDocumentSignature } from "@/db/mutations/signatures";
import { auditLog, indicators, plans, units, users } from "@/db/schema";
import { createTempDatabase } from "@/db/testing/temp-database";
import { signatureFormSchema } from "@/lib/official-document";
import { comparisonPrintView } from "./comparison";
import { contextFor, type ViewContext } from "./context";
import { comparisonExport, reportExport } from "./exports";
import { reportPrintView } from "./report";

// The biểu as an administrative document, in every form it leaves the app: print view, .xlsx,
// CSV and the narrative .docx, all from reportPrintView.
let db: Db;
let cleanup: () => void;
let ctx: ViewContext;
let town: number;

beforeAll(async () => {
  ({ db, cleanup } = await createTempDatabase());
  ctx = contextFor(db);
  town = db.select({ id: units.id }).from(units).where(eq(units.code, "381")).get()!.id;
  // The HĐND's resolution behind the production value target, as an office enters it on the plans page.
  const gtsx = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, "GTSX")).get()!.id;
  db.update(plans)
    .set({ documentNumber: "15/NQ-HĐND", documentDate: "2023-12-20" })
    .where(and(eq(plans.unitId, town), eq(plans.indicatorId, gtsx), eq(plans.year, 2024), eq(plans.version, "council")))
    .run();
});
afterAll(() => cleanup());

const ARGS = { year: 2024, period: "FY" as const, planChoice: "council" as const, date: "2025-01-15" };

async function sheetOf(body: Buffer | string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && out.push(cell.value)));
  return out;
}

describe("the biểu as an administrative document", () => {
  it("has the issuing bodies from the hierarchy, number, place and date, Căn cứ and the signer's block", async () => {
    const view = (await reportPrintView(ctx, { unitId: town, ...ARGS }))!;
    const { frame, summary, tableTitle } = view.document;
    expect(frame.issuers).toEqual(["UBND TỈNH THANH HÓA", "UBND THỊ XÃ BỈM SƠN"]);
    expect(frame.numberLine).toBe("Số: …/BC-UBND");
    expect(frame.placeAndDate).toBe("Bỉm Sơn, ngày 15 tháng 01 năm 2025");
    expect(summary).toBe("Tình hình thực hiện các chỉ tiêu kinh tế - xã hội năm 2024");
    expect(tableTitle).toBe("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CỦA THỊ XÃ BỈM SƠN NĂM 2024");
    expect(frame.legalBases[0]).toBe("Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn;");
    // GPMB's plan from the province has no number stored: named, and said to lack one.
    expect(frame.legalBases).toContain("Căn cứ KH cấp trên giao năm 2024 của UBND Tỉnh Thanh Hóa (chưa ghi số văn bản);");
    expect(frame.signature).toMatchObject({ authority: "TM. ỦY BAN NHÂN DÂN", deputy: "KT. CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "" });
    expect(frame.signature.recipients).toContain("UBND Tỉnh Thanh Hóa (b/c);");
    const gtsx = view.lines.find((l) => l.kind === "indicator" && l.indicator.code === "GTSX");
    expect(gtsx).toMatchObject({ status: expect.any(String), percentOfPlanCouncil: expect.any(Number) });
  });

  it("remembers the signer's fields per unit, audited, and prints them everywhere", async () => {
    const admin = db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get()!.id;
    const form = signatureFormSchema.parse({
      unitId: String(town),
      documentNumber: "125",
      recipients: "Như trên;\n\nUBND tỉnh Thanh Hóa (b/c);\nLưu: VT.",
      authority: "TM. ỦY BAN NHÂN DÂN",
      deputy: "KT. CHỦ TỊCH",
      signerTitle: "PHÓ CHỦ TỊCH",
      signerName: "Nguyễn Văn An",
      preparer: "Lê Thị Bình",
    });
    const { unitId, recipients, ...fields } = form;
    saveDocumentSignature(db, { unitId, userId: admin, fields: { ...fields, recipients: recipients.split("\n").filter(Boolean).join("\n") } });
    const view = (await reportPrintView(ctx, { unitId: town, ...ARGS }))!;
    expect(view.document.frame.numberLine).toBe("Số: 125/BC-UBND");
    expect(view.document.frame.signature).toMatchObject({ signerName: "Nguyễn Văn An", preparer: "Lê Thị Bình", recipients: ["Như trên;", "UBND tỉnh Thanh Hóa (b/c);", "Lưu: VT."] });
    const audit = db.select().from(auditLog).where(eq(auditLog.entity, "document")).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "document.create", unitId: town, userId: admin });
    // The comparison print of the same town carries the same signer.
    const comparison = (await comparisonPrintView(ctx, { unitId: town, ...ARGS, group: "economy" }))!;
    expect(comparison.document.frame.signature.signerName).toBe("Nguyễn Văn An");
  });

  it("refuses control characters and too many recipients in the signer's form", () => {
    const base = { unitId: "1", documentNumber: "", recipients: "", authority: "", deputy: "", signerTitle: "", signerName: "", preparer: "" };
    expect(signatureFormSchema.safeParse({ ...base, signerName: "A\u202Eb" }).success).toBe(false);
    expect(signatureFormSchema.safeParse({ ...base, recipients: Array.from({ length: 13 }, (_, i) => `Nơi ${i}`).join("\n") }).success).toBe(false);
    expect(signatureFormSchema.safeParse({ ...base, preparer: "x".repeat(101) }).success).toBe(false);
    expect(signatureFormSchema.safeParse(base).success).toBe(true);
  });

  it("writes the .xlsx as the biểu: letterhead, title in capitals, both % KH and the verdict, A4 landscape, print area and repeated header", async () => {
    const file = (await reportExport(ctx, { unitId: town, ...ARGS, format: "xlsx" }))!;
    const ws = await sheetOf(file.body);
    const all = texts(ws);
    for (const expected of ["UBND TỈNH THANH HÓA", "UBND THỊ XÃ BỈM SƠN", "Số: 125/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bỉm Sơn, ngày 15 tháng 01 năm 2025", "BÁO CÁO", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CỦA THỊ XÃ BỈM SƠN NĂM 2024", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn;", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "Lê Thị Bình"]) {
      expect(all).toContain(expected);
    }
    const headerRow = Number(/^(\d+):/.exec(ws.pageSetup.printTitlesRow!)![1]);
    expect(ws.getRow(headerRow).values).toEqual([undefined, "STT", "Chỉ tiêu", "ĐVT", "TH cùng kỳ", "KH cấp trên giao", "KH HĐND giao", "TH / Ước TH kỳ", "% KH cấp trên giao", "% KH HĐND giao", "% cùng kỳ", "Đánh giá", "Ghi chú"]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printArea: `A1:L${ws.rowCount}`, printTitlesRow: `${headerRow}:${headerRow}` });
    expect(ws.pageSetup.margins!.left).toBeCloseTo(30 / 25.4, 5);
    let gtsx: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "Giá trị sản xuất trên địa bàn") gtsx = row;
    });
    expect(gtsx!.getCell(6).value).toBe(18964);
    expect(gtsx!.getCell(6).numFmt).toBe('"≥ "#,##0');
    expect(typeof gtsx!.getCell(9).value).toBe("number");
    expect(gtsx!.getCell(9).numFmt).toBe('#,##0.0"%"');
    expect(["Vượt kế hoạch", "Đạt kế hoạch", "Không đạt kế hoạch", "Chưa báo cáo"]).toContain(gtsx!.getCell(11).value);
    expect(gtsx!.getCell(2).font?.name).toBe("Times New Roman");
  });

  it("writes the CSV for programs: plain numbers, each comparator in its own column, UTF-8 with BOM", async () => {
    const file = (await reportExport(ctx, { unitId: town, ...ARGS, format: "csv" }))!;
    const text = String(file.body);
    expect(text.startsWith("\uFEFFSTT,Chỉ tiêu,ĐVT,TH cùng kỳ,Dấu so sánh KH cấp trên giao,KH cấp trên giao,Dấu so sánh KH HĐND giao,KH HĐND giao,TH / Ước TH kỳ,% KH cấp trên giao,% KH HĐND giao,% cùng kỳ,Đánh giá,Ghi chú\r\n")).toBe(true);
    const gtsx = text.split("\r\n").find((l) => l.includes("Giá trị sản xuất trên địa bàn"))!.split(",");
    expect(gtsx.slice(6, 8)).toEqual(["gte", "18964"]);
    expect(gtsx[8]).toMatch(/^\d+(\.\d+)?$/);
    expect(gtsx[10]).toMatch(/^\d+(\.\d+)?$/);
    const gpmb = text.split("\r\n").find((l) => l.includes("Diện tích giải phóng mặt bằng"))!.split(",");
    expect(gpmb.slice(4, 8)).toEqual(["gte", "53.026", "gte", "93.86"]);
  });

  it("writes the narrative report as .docx: letterhead, a paragraph per indicator in vi-VN numbers, not achieved first, the table", async () => {
    const view = (await reportPrintView(ctx, { unitId: town, ...ARGS }))!;
    const file = (await reportExport(ctx, { unitId: town, ...ARGS, format: "docx" }))!;
    expect(file.fileName).toBe("Báo cáo tình hình thực hiện Thị xã Bỉm Sơn 381 Cả năm 2024");
    const zip = await JSZip.loadAsync(file.body as Buffer);
    const xml = await zip.file("word/document.xml")!.async("string");
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
    for (const expected of ["UBND TỈNH THANH HÓA", "UBND THỊ XÃ BỈM SƠN", "Số: 125/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bỉm Sơn, ngày 15 tháng 01 năm 2025", "BÁO CÁO", "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn;", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An"]) {
      expect(paragraphs).toContain(expected);
    }
    const indicatorsShown = view.lines.filter((l) => l.kind === "indicator");
    for (const line of indicatorsShown) {
      expect(paragraphs.some((p) => p.startsWith(line.indicator.nameVi) && (p.includes(" đạt ") || p.includes(" còn ") || p.includes("chưa có số liệu")))).toBe(true);
    }
    const gtsx = paragraphs.find((p) => p.startsWith("Giá trị sản xuất trên địa bàn "))!;
    expect(gtsx).toMatch(/^Giá trị sản xuất trên địa bàn (ước )?đạt \d{1,3}(\.\d{3})* tỷ đồng, bằng \d+,\d% kế hoạch HĐND giao/);
    expect(paragraphs.find((p) => p.startsWith("Tỷ lệ hộ nghèo"))).toMatch(/^Tỷ lệ hộ nghèo[^,]* (ước )?còn \d+,\d{2}%, (vượt|đạt|chưa đạt) chỉ tiêu ≤ 0,2%\.$/);
    // The summary (indicators not achieved) comes before the groups' paragraphs.
    const summary = paragraphs.findIndex((p) => p.startsWith("Có ") || p.startsWith("Cả "));
    expect(summary).toBeGreaterThan(-1);
    expect(summary).toBeLessThan(paragraphs.indexOf(gtsx));
    // The biểu at the end, as a table with both % KH and the verdict, on a landscape A4 page.
    expect(xml).toContain("<w:tbl>");
    for (const header of ["% KH cấp trên giao", "% KH HĐND giao", "Đánh giá"]) expect(paragraphs).toContain(header);
    expect(paragraphs).toContain("≥ 18.964");
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it("adds Tổng cộng to the comparison, by each indicator's rule against the town's own plan", async () => {
    const view = (await comparisonPrintView(ctx, { unitId: town, ...ARGS, group: "economy" }))!;
    const gtsxLines = view.lines.filter((l) => l.indicator.code === "GTSX");
    const units = gtsxLines.filter((l) => l.kind === "unit");
    const total = gtsxLines.find((l) => l.kind === "total")!;
    expect(total).toBeDefined();
    // Production value adds up over the wards; the town's own plan (≥ 18.964) is the one it is held to.
    const sum = units.reduce((s, l) => s + (l.kind === "unit" && l.actual !== null ? l.actual : 0), 0);
    expect(total.actual).toBeCloseTo(sum, 6);
    expect(total.planCouncil?.value).toBe(18964);
    const file = (await comparisonExport(ctx, { unitId: town, ...ARGS, group: "economy", format: "xlsx" }))!;
    expect(texts(await sheetOf(file.body))).toContain("Tổng cộng");
  });
});
