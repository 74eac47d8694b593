import { describe, expect, it } from "vitest";
import { documentFrame, issuers, legalBases, placeName, recipientLines, type DocumentText } from "./official-document";
import { defaultSignature, documentText } from "./spreadsheet/texts";

const text: DocumentText = documentText();

describe("the administrative document around the biểu", () => {
  it("dates the document at the place's name, without the unit's type", () => {
    expect(placeName("Thị xã Bỉm Sơn")).toBe("Bỉm Sơn");
    expect(placeName("Phường Ba Đình")).toBe("Ba Đình");
    expect(placeName("Xã Quang Trung")).toBe("Quang Trung");
    expect(placeName("Thị trấn Trung Phước")).toBe("Trung Phước");
    expect(placeName("Thành phố Đà Nẵng")).toBe("Đà Nẵng");
    expect(placeName("Tỉnh Thanh Hóa")).toBe("Thanh Hóa");
  });

  it("names the issuing committee under its parent, in capitals", () => {
    expect(issuers("Thị xã Bỉm Sơn", "Tỉnh Thanh Hóa", text)).toEqual(["UBND TỈNH THANH HÓA", "UBND THỊ XÃ BỈM SƠN"]);
    expect(issuers("Tỉnh Thanh Hóa", null, text)).toEqual(["UBND TỈNH THANH HÓA"]);
  });

  it("names each decision once, the HĐND's first, with its kind read from the number and its date day first", () => {
    const bases = legalBases(
      [
        { version: "higher_level", documentNumber: "125/QĐ-UBND", documentDate: "2024-01-15" },
        { version: "council", documentNumber: "15/NQ-HĐND", documentDate: "2023-12-20" },
        { version: "council", documentNumber: "15/NQ-HĐND", documentDate: "2023-12-20" },
        { version: "adjusted", documentNumber: "30/NQ-HĐND", documentDate: null },
      ],
      { unitName: "Thị xã Bỉm Sơn", parentName: "Tỉnh Thanh Hóa", year: 2024 },
      text,
    );
    expect(bases).toEqual([
      "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 20/12/2023 của HĐND Thị xã Bỉm Sơn;",
      "Căn cứ Nghị quyết số 30/NQ-HĐND của HĐND Thị xã Bỉm Sơn;",
      "Căn cứ Quyết định số 125/QĐ-UBND ngày 15/01/2024 của UBND Tỉnh Thanh Hóa;",
    ]);
  });

  it("says which plan's decision has no number stored, once per plan", () => {
    const bases = legalBases(
      [
        { version: "council", documentNumber: null, documentDate: null },
        { version: "council", documentNumber: " ", documentDate: null },
      ],
      { unitName: "Phường Ba Đình", parentName: "Thị xã Bỉm Sơn", year: 2024 },
      text,
    );
    expect(bases).toEqual(["Căn cứ KH HĐND giao năm 2024 của HĐND Phường Ba Đình (chưa ghi số văn bản);"]);
  });

  it("leaves the number and the signer's name to fill in until the office keeps them", () => {
    const signature = defaultSignature({ unitName: "Thị xã Bỉm Sơn", parentName: "Tỉnh Thanh Hóa" });
    const frame = documentFrame({ unitName: "Thị xã Bỉm Sơn", parentName: "Tỉnh Thanh Hóa", year: 2024, date: "2025-01-05", decisions: [], signature }, text);
    expect(frame.numberLine).toBe("Số: …/BC-UBND");
    expect(frame.placeAndDate).toBe("Bỉm Sơn, ngày 05 tháng 01 năm 2025");
    expect(frame.signature).toMatchObject({ authority: "TM. ỦY BAN NHÂN DÂN", deputy: "KT. CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "", preparer: "" });
    expect(frame.signature.recipients).toEqual(["Như trên;", "UBND Tỉnh Thanh Hóa (b/c);", "Thường trực HĐND Thị xã Bỉm Sơn (b/c);", "Lưu: VT."]);
    const kept = documentFrame({ unitName: "Thị xã Bỉm Sơn", parentName: null, year: 2024, date: "2025-01-05", decisions: [], signature: { ...signature, documentNumber: "125" } }, text);
    expect(kept.numberLine).toBe("Số: 125/BC-UBND");
  });

  it("keeps recipients one a line, blank lines dropped", () => {
    expect(recipientLines("Như trên;\r\n\n  Lưu: VT.  \n")).toEqual(["Như trên;", "Lưu: VT."]);
  });
});
