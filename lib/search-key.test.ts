import { describe, expect, it } from "vitest";
import { searchKey } from "./search-key";

describe("searchKey", () => {
  it.each([
    ["Phường Bỉm Sơn", "phuong bim son"],
    ["Thị xã  Bỉm Sơn", "thi xa bim son"],
    ["Phường Đông Sơn", "phuong dong son"],
    ["Thị trấn Trung Phước", "thi tran trung phuoc"],
    ["Phường Trưng Vương", "phuong trung vuong"],
  ])("%s → %s", (name, key) => {
    expect(searchKey(name)).toBe(key);
  });

  it("matches typed text with or without diacritics", () => {
    expect(searchKey("Phường Bỉm Sơn")).toContain(searchKey("bỉm sơn"));
    expect(searchKey("Phường Bỉm Sơn")).toContain(searchKey("BIM SON"));
  });
});
