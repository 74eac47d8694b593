import { createTranslator } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { registryAuditRecord } from "@/db/registry/import";
import type { Locale } from "@/lib/domain";
import { MESSAGES } from "@/lib/i18n/messages";
import { AuditChangeText } from "./audit-change";

const count = (inserted: number, existing: number) => ({ inserted, existing });

/** The change column as the audit page renders it, as plain text, one line per field. */
function changeText(after: unknown, locale: Locale): string[] {
  const t = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as Parameters<typeof AuditChangeText>[0]["t"];
  const html = renderToStaticMarkup(createElement(AuditChangeText, { before: null, after, t, locale }));
  return [...html.matchAll(/<span[^>]*>(.*?)<\/span>/g)].map((m) => m[1]!.replace(/&gt;/g, ">"));
}

describe("a registry import in the audit trail", () => {
  const firstRun = registryAuditRecord("page", {
    provinces: count(34, 0),
    communes: count(3321, 0),
    predecessors: { ...count(10008, 26), withoutParent: 9962 },
    lineage: count(10034, 0),
  });
  const rerun = registryAuditRecord("cli", {
    provinces: count(0, 34),
    communes: count(0, 3321),
    predecessors: { ...count(0, 10034), withoutParent: 0 },
    lineage: count(0, 10034),
  });

  it("is worded in Vietnamese, with vi-VN numbers", () => {
    expect(changeText(firstRun, "vi")).toEqual([
      "Thực hiện từ: trang quản trị",
      "Tỉnh, thành phố thêm mới: 34",
      "Tỉnh, thành phố đã có: 0",
      "Đơn vị cấp xã thêm mới: 3.321",
      "Đơn vị cấp xã đã có: 0",
      "Đơn vị cũ thêm mới: 10.008",
      "Đơn vị cũ đã có: 26",
      "Quan hệ sáp nhập thêm mới: 10.034",
      "Quan hệ sáp nhập đã có: 0",
    ]);
    expect(changeText(rerun, "vi")).toContain("Thực hiện từ: dòng lệnh trên máy chủ");
  });

  it("is worded in English", () => {
    expect(changeText(firstRun, "en")).toEqual([
      "Run from: the admin page",
      "Provinces added: 34",
      "Provinces already there: 0",
      "Commune-level units added: 3,321",
      "Commune-level units already there: 0",
      "Former units added: 10,008",
      "Former units already there: 26",
      "Merger links added: 10,034",
      "Merger links already there: 0",
    ]);
    expect(changeText(rerun, "en")[0]).toBe("Run from: the command line on the server");
  });
});

describe("an indicator's tolerance change in the audit trail", () => {
  it("names the field as the indicators page does, with a vi-VN number", () => {
    expect(changeText({ tolerance: 0.5 }, "vi")).toEqual(["Biên dung sai (để trống: mặc định): 0,5"]);
  });
});
