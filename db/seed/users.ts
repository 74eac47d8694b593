import type { Role } from "@/lib/domain";
import type { Db } from "../client";
import { users } from "../schema";
import { hashPassword } from "@/lib/auth/password";
import { successorKey } from "./reform";

export const DEMO_PASSWORD = "demo1234";

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** Seed key of the unit whose subtree an editor may change: its official code, or successorKey(code) for a unit formed by the 2025 reform. */
  scope?: string;
}

/** The demo accounts the README lists; created only by the demo seed. */
export const DEMO_USERS: DemoUser[] = [
  { username: "admin", displayName: "Quản trị viên", role: "admin" },
  { username: "bimson", displayName: "Cán bộ TX Bỉm Sơn", role: "editor", scope: "381" },
  { username: "badinh", displayName: "Cán bộ P. Ba Đình", role: "editor", scope: "14812" },
  // The same places after the 2025 reform: whoever enters the new communes' figures today.
  { username: "phuongbimson", displayName: "Cán bộ P. Bỉm Sơn", role: "editor", scope: successorKey("14812") },
  { username: "thanhhoa", displayName: "Cán bộ Tỉnh Thanh Hóa", role: "editor", scope: successorKey("38") },
  { username: "viewer", displayName: "Người xem", role: "viewer" },
];

/** Hashes the demo passwords before the seed's transaction opens (hashing is slow on purpose). */
export async function hashDemoPasswords(): Promise<Map<string, string>> {
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  return new Map(DEMO_USERS.map((u, i) => [u.username, hashes[i]!]));
}

export function insertDemoUsers(db: Db, hashes: Map<string, string>, unitIds: Map<string, number>): void {
  for (const u of DEMO_USERS) {
    const scopeUnitId = u.scope ? unitIds.get(u.scope) : null;
    if (scopeUnitId === undefined) throw new Error(`Demo user ${u.username}: unknown unit ${u.scope}`);
    db.insert(users)
      .values({ username: u.username, displayName: u.displayName, role: u.role, scopeUnitId, passwordHash: hashes.get(u.username)! })
      .run();
  }
}
