import { describe, expect, it } from "vitest";
import { PLAN_VERSIONS } from "../domain";
import { canEditUnit, editablePlanVersions, isAdmin, isWithinScope, mayEditPlanVersion, type Actor } from "./scope";

// Tỉnh Thanh Hóa (1) → TX Bỉm Sơn (2) → P. Ba Đình (4), P. Lam Sơn (5); TP Sầm Sơn (3) → P. Trung Sơn (6).
const chains = {
  province: [1],
  bimSon: [2, 1],
  baDinh: [4, 2, 1],
  lamSon: [5, 2, 1],
  samSon: [3, 1],
  trungSon: [6, 3, 1],
};
const admin: Actor = { id: 1, role: "admin", scopeUnitId: null };
const townEditor: Actor = { id: 2, role: "editor", scopeUnitId: 2 };
const wardEditor: Actor = { id: 3, role: "editor", scopeUnitId: 4 };
const viewer: Actor = { id: 4, role: "viewer", scopeUnitId: null };
const scopedViewer: Actor = { id: 5, role: "viewer", scopeUnitId: 2 };
const unscopedEditor: Actor = { id: 6, role: "editor", scopeUnitId: null };

describe("unit scope", () => {
  it("places a unit inside a subtree when the root is the unit or one of its ancestors", () => {
    expect(isWithinScope(2, chains.bimSon)).toBe(true);
    expect(isWithinScope(2, chains.baDinh)).toBe(true);
    expect(isWithinScope(2, chains.province)).toBe(false);
    expect(isWithinScope(2, chains.trungSon)).toBe(false);
    expect(isWithinScope(null, chains.baDinh)).toBe(false);
  });

  it("lets a town's editor edit the town and its wards, nothing above or beside", () => {
    expect(canEditUnit(townEditor, chains.bimSon)).toBe(true);
    expect(canEditUnit(townEditor, chains.lamSon)).toBe(true);
    expect(canEditUnit(townEditor, chains.province)).toBe(false);
    expect(canEditUnit(townEditor, chains.trungSon)).toBe(false);
  });

  it("keeps a ward's editor to the ward: not its town, not its sister wards", () => {
    expect(canEditUnit(wardEditor, chains.baDinh)).toBe(true);
    expect(canEditUnit(wardEditor, chains.bimSon)).toBe(false);
    expect(canEditUnit(wardEditor, chains.lamSon)).toBe(false);
  });

  it("lets admins edit anywhere and viewers nowhere, whatever their scope", () => {
    expect(canEditUnit(admin, chains.trungSon)).toBe(true);
    expect(canEditUnit(viewer, chains.baDinh)).toBe(false);
    expect(canEditUnit(scopedViewer, chains.baDinh)).toBe(false);
    expect(canEditUnit(unscopedEditor, chains.baDinh)).toBe(false);
    expect(canEditUnit(null, chains.baDinh)).toBe(false);
  });

  it("reserves administration to admins", () => {
    expect(isAdmin(admin)).toBe(true);
    expect(isAdmin(townEditor)).toBe(false);
    expect(isAdmin(viewer)).toBe(false);
    expect(isAdmin(null)).toBe(false);
  });
});

describe("who sets which plan version", () => {
  const lamSonEditor: Actor = { id: 7, role: "editor", scopeUnitId: 5 };
  const provinceEditor: Actor = { id: 8, role: "editor", scopeUnitId: 1 };

  it("leaves a ward's higher-level plan to its town's editors and admins, not the ward's own", () => {
    expect(mayEditPlanVersion(townEditor, chains.baDinh, "higher_level")).toBe(true);
    expect(mayEditPlanVersion(provinceEditor, chains.baDinh, "higher_level")).toBe(true);
    expect(mayEditPlanVersion(admin, chains.baDinh, "higher_level")).toBe(true);
    expect(mayEditPlanVersion(wardEditor, chains.baDinh, "higher_level")).toBe(false);
    expect(mayEditPlanVersion(lamSonEditor, chains.baDinh, "higher_level")).toBe(false);
  });

  it("lets the ward's editors, and those above, set its council's plan and its adjustment", () => {
    for (const version of ["council", "adjusted"] as const) {
      expect(mayEditPlanVersion(wardEditor, chains.baDinh, version)).toBe(true);
      expect(mayEditPlanVersion(townEditor, chains.baDinh, version)).toBe(true);
      expect(mayEditPlanVersion(admin, chains.baDinh, version)).toBe(true);
      expect(mayEditPlanVersion(lamSonEditor, chains.baDinh, version)).toBe(false);
    }
  });

  it("refuses every version to viewers, the signed-out, editors without a scope and editors elsewhere", () => {
    for (const version of PLAN_VERSIONS) {
      expect(mayEditPlanVersion(viewer, chains.baDinh, version)).toBe(false);
      expect(mayEditPlanVersion(scopedViewer, chains.baDinh, version)).toBe(false);
      expect(mayEditPlanVersion(unscopedEditor, chains.baDinh, version)).toBe(false);
      expect(mayEditPlanVersion(null, chains.baDinh, version)).toBe(false);
      expect(mayEditPlanVersion(townEditor, chains.trungSon, version)).toBe(false);
    }
  });

  it("leaves the top unit's higher-level plan to admins: no editor stands above it", () => {
    expect(mayEditPlanVersion(provinceEditor, chains.province, "higher_level")).toBe(false);
    expect(mayEditPlanVersion(provinceEditor, chains.province, "council")).toBe(true);
    expect(mayEditPlanVersion(admin, chains.province, "higher_level")).toBe(true);
  });

  it("lists the versions each may set", () => {
    expect(editablePlanVersions(wardEditor, chains.baDinh)).toEqual(["council", "adjusted"]);
    expect(editablePlanVersions(townEditor, chains.baDinh)).toEqual(["higher_level", "council", "adjusted"]);
    expect(editablePlanVersions(townEditor, chains.bimSon)).toEqual(["council", "adjusted"]);
    expect(editablePlanVersions(viewer, chains.baDinh)).toEqual([]);
  });
});
