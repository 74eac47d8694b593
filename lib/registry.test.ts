import { describe, expect, it } from "vitest";
import { loadRegistrySource } from "@/db/registry/source";
import {
  communeType,
  planRegistry,
  provinceName,
  readRegistrySource,
  REFORM_EFFECTIVE_DATE,
  type RegistrySource,
  type SourceWardMapping,
} from "./registry";

const mapping = (over: Partial<SourceWardMapping>): SourceWardMapping => ({
  id: "1",
  old_ward_code: "14812",
  old_ward_name: "Phường Ba Đình",
  old_district_name: "Thị xã Bỉm Sơn",
  old_province_name: "Tỉnh Thanh Hóa",
  new_ward_code: "14812",
  new_ward_name: "Phường Bỉm Sơn",
  new_province_name: "Thanh Hóa",
  ...over,
});

const small: RegistrySource = {
  provinces: [
    { province_code: "38", name: "Thanh Hóa", place_type: "Tỉnh" },
    { province_code: "01", name: "Thành phố Hà Nội", place_type: "Thành phố Trung Ương" },
  ],
  wards: [
    { ward_code: "14812", name: "Phường Bỉm Sơn", province_code: "38" },
    { ward_code: "00004", name: "Phường Ba Đình", province_code: "01" },
  ],
  mappings: [
    mapping({}),
    mapping({ id: "2", old_ward_code: "15277", old_ward_name: "Xã Hà Vinh", old_district_name: "Huyện Hà Trung" }),
    mapping({ id: "3" }),
    mapping({ id: "4", old_ward_code: null, old_ward_name: "Phường 2" }),
    mapping({ id: "5", old_ward_code: "", old_ward_name: null, old_district_name: null, old_province_name: null }),
    mapping({ id: "6", old_ward_code: "99999", new_ward_code: "77777" }),
  ],
};

describe("planRegistry", () => {
  it("names and types provinces and commune-level units as official documents do", () => {
    expect(provinceName({ name: "Thanh Hóa", place_type: "Tỉnh" })).toBe("Tỉnh Thanh Hóa");
    expect(provinceName({ name: "Thành phố Hà Nội", place_type: "Thành phố Trung Ương" })).toBe("Thành phố Hà Nội");
    expect(provinceName({ name: "Huế", place_type: "Thành phố Trung Ương" })).toBe("Thành phố Huế");
    expect(communeType("Phường Bỉm Sơn")).toBe("ward");
    expect(communeType("Xã Hà Vinh")).toBe("commune");
    expect(communeType("Thị trấn Trung Phước")).toBe("township");
    expect(communeType("Đặc khu Côn Đảo")).toBe("special_zone");
    expect(communeType("Huyện Hà Trung")).toBeNull();
  });

  it("places the new units under their provinces from 01/07/2025 and links each old code once", () => {
    const plan = planRegistry(small);
    expect(plan.provinces.map((p) => [p.code, p.name, p.type])).toEqual([
      ["38", "Tỉnh Thanh Hóa", "province"],
      ["01", "Thành phố Hà Nội", "municipality"],
    ]);
    expect(plan.communes[0]).toMatchObject({ code: "14812", parentCode: "38", level: 3, validFrom: REFORM_EFFECTIVE_DATE, validTo: null });
    expect(plan.lineage).toEqual([
      { fromCode: "14812", toCode: "14812" },
      { fromCode: "15277", toCode: "14812" },
    ]);
    expect(plan.predecessors[1]).toEqual({
      code: "15277",
      name: "Xã Hà Vinh",
      type: "commune",
      districtName: "Huyện Hà Trung",
      provinceName: "Tỉnh Thanh Hóa",
    });
    expect(plan.skipped).toEqual({ noOldCode: 1, noPredecessor: 1, duplicate: 1, unknownNewCode: 1 });
  });

  it("refuses data it cannot place rather than guessing", () => {
    expect(() => planRegistry({ ...small, wards: [{ ward_code: "1", name: "Khu Lạ", province_code: "38" }] })).toThrow(/no known type/);
    expect(() => planRegistry({ ...small, wards: [{ ward_code: "1", name: "Xã A", province_code: "99" }] })).toThrow(/unknown province/);
    expect(() => readRegistrySource([{ type: "header" }])).toThrow(/provinces/);
  });

  it("reads the whole package: 34 provinces, 3.321 units, every mapping accounted for", () => {
    const source = loadRegistrySource();
    const plan = planRegistry(source);
    expect(plan.provinces).toHaveLength(34);
    expect(plan.communes).toHaveLength(3321);
    const byType = (t: string) => plan.communes.filter((c) => c.type === t).length;
    expect([byType("commune"), byType("ward"), byType("special_zone")]).toEqual([2621, 687, 13]);
    expect(source.mappings).toHaveLength(10977);
    const { noOldCode, noPredecessor, duplicate, unknownNewCode } = plan.skipped;
    expect(plan.lineage.length + noOldCode + noPredecessor + duplicate + unknownNewCode).toBe(10977);
    expect(plan.lineage).toHaveLength(10034);
    expect(plan.skipped).toEqual({ noOldCode: 938, noPredecessor: 5, duplicate: 0, unknownNewCode: 0 });
    const bimSon = plan.lineage.filter((l) => l.toCode === "14812").map((l) => l.fromCode).sort();
    expect(bimSon).toEqual(["14812", "14815", "14821", "15277"]);
  });
});
