import type { UnitType } from "@/lib/domain";

export interface UnitSeed {
  code: string;
  name: string;
  type: UnitType;
  children?: UnitSeed[];
}

const ward = (code: string, name: string): UnitSeed => ({ code, name, type: "ward" });

// Start of validity is not recorded for units older than the registry; the 2025 reform ended them.
export const PRE_REFORM_VALID_FROM = "1900-01-01";
export const PRE_REFORM_VALID_TO = "2025-06-30";

/** The seed localities in their pre-2025 hierarchy, with official codes (names repeat; codes do not). */
export const UNIT_TREE: UnitSeed[] = [
  {
    code: "38",
    name: "Tỉnh Thanh Hóa",
    type: "province",
    children: [
      {
        code: "381",
        name: "Thị xã Bỉm Sơn",
        type: "town",
        children: [
          ward("14809", "Phường Bắc Sơn"),
          ward("14812", "Phường Ba Đình"),
          ward("14815", "Phường Lam Sơn"),
          ward("14818", "Phường Ngọc Trạo"),
          ward("14821", "Phường Đông Sơn"),
          ward("14823", "Phường Phú Sơn"),
          { code: "14824", name: "Xã Quang Trung", type: "commune" },
        ],
      },
      {
        code: "382",
        name: "Thành phố Sầm Sơn",
        type: "provincial_city",
        children: [
          ward("14830", "Phường Trung Sơn"),
          ward("14833", "Phường Bắc Sơn"),
          ward("14836", "Phường Trường Sơn"),
          ward("14839", "Phường Quảng Cư"),
          ward("14842", "Phường Quảng Tiến"),
          ward("16528", "Phường Quảng Thọ"),
          ward("16531", "Phường Quảng Châu"),
          ward("16534", "Phường Quảng Vinh"),
        ],
      },
    ],
  },
  {
    code: "19",
    name: "Tỉnh Thái Nguyên",
    type: "province",
    children: [
      {
        code: "164",
        name: "Thành phố Thái Nguyên",
        type: "provincial_city",
        children: [
          ward("05437", "Phường Túc Duyên"),
          ward("05440", "Phường Hoàng Văn Thụ"),
          ward("05443", "Phường Trưng Vương"),
          ward("05446", "Phường Quang Trung"),
          ward("05449", "Phường Phan Đình Phùng"),
        ],
      },
    ],
  },
  {
    code: "51",
    name: "Tỉnh Quảng Ngãi",
    type: "province",
    children: [
      {
        code: "522",
        name: "Thành phố Quảng Ngãi",
        type: "provincial_city",
        children: [
          ward("21019", "Phường Nghĩa Chánh"),
          ward("21022", "Phường Trần Hưng Đạo"),
          ward("21025", "Phường Nguyễn Nghiêm"),
          ward("21028", "Phường Nghĩa Lộ"),
          {
            ...ward("21031", "Phường Chánh Lộ"),
            // Residential groups have no official codes; these are local, prefixed by the ward's code.
            children: Array.from({ length: 8 }, (_, i) => ({
              code: `21031-TDP${String(i + 1).padStart(2, "0")}`,
              name: `Tổ dân phố ${i + 1}`,
              type: "residential_group" as const,
            })),
          },
        ],
      },
    ],
  },
  {
    code: "49",
    name: "Tỉnh Quảng Nam",
    type: "province",
    children: [
      {
        code: "506",
        name: "Huyện Nông Sơn",
        type: "rural_district",
        children: [{ code: "20656", name: "Thị trấn Trung Phước", type: "township" }],
      },
    ],
  },
];
