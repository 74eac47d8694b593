import { describe, expect, it } from "vitest";
import { userFormSchema, userStatusSchema } from "./user-params";

const base = { username: "LamSon", displayName: "Cán bộ P. Lam Sơn", password: "mat-khau-dai", role: "editor", scopeUnitCode: "14815" };

describe("creating an account", () => {
  it("normalises the username and keeps the editor's unit code", () => {
    expect(userFormSchema.parse(base)).toMatchObject({ username: "lamson", role: "editor", scopeUnitCode: "14815" });
  });

  it("requires a unit for editors, a long password and a plain username", () => {
    expect(userFormSchema.safeParse({ ...base, scopeUnitCode: "" }).success).toBe(false);
    expect(userFormSchema.safeParse({ ...base, role: "viewer", scopeUnitCode: "" }).data?.scopeUnitCode).toBeNull();
    expect(userFormSchema.safeParse({ ...base, password: "short" }).success).toBe(false);
    expect(userFormSchema.safeParse({ ...base, username: "<script>" }).success).toBe(false);
    expect(userFormSchema.safeParse({ ...base, role: "superuser" }).success).toBe(false);
  });

  it("reads the enable/disable switch", () => {
    expect(userStatusSchema.parse({ userId: "3", disabled: "true" })).toEqual({ userId: 3, disabled: true });
  });
});
