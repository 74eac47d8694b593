// Outside demo mode: the server refuses to start without NEXTAUTH_SECRET, and an installation with no
// accounts offers exactly one path, creating the administrator, who can then sign in. Starts its own
// production server (the build the Playwright web server made) on its own port and database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { withDatabase } from "./support/database";
import { killServer, startServer, waitUntilReady } from "./support/server";

const PORT = Number(process.env.E2E_FIRST_RUN_PORT ?? 3313);
const BASE_URL = `http://localhost:${PORT}`;
const DATABASE = `data/first-run-${PORT}/chitieu.db`;
const SECRET = "a-test-secret-that-is-long-enough-0123456789";

const start = (env: Record<string, string>) => startServer({ port: PORT, env: { DATABASE_PATH: DATABASE, DEMO_MODE: "false", ...env } });

test.beforeAll(() => {
  fs.rmSync(`data/first-run-${PORT}`, { recursive: true, force: true });
  execFileSync("./node_modules/.bin/tsx", ["db/cli.ts", "migrate"], { env: { ...process.env, DATABASE_PATH: DATABASE }, stdio: "ignore" });
});
test.afterAll(() => fs.rmSync(`data/first-run-${PORT}`, { recursive: true, force: true }));

test("without NEXTAUTH_SECRET outside demo mode the server fails loudly at start", async () => {
  const server = start({ NEXTAUTH_SECRET: "" });
  let stderr = "";
  server.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  try {
    await expect.poll(async () => {
      try {
        return (await fetch(`${BASE_URL}/sign-in`)).status;
      } catch {
        return 0;
      }
    }, { timeout: 30_000 }).toBe(500);
    expect(stderr).toContain("NEXTAUTH_SECRET is required");
  } finally {
    killServer(server);
  }
});

test("an empty installation creates its administrator once, who then signs in", async ({ page }) => {
  test.setTimeout(90_000);
  const server = start({ NEXTAUTH_SECRET: SECRET });
  try {
    await waitUntilReady(BASE_URL);
    await page.goto(`${BASE_URL}/sign-in`);
    await expect(page.getByText("Hệ thống chưa có tài khoản nào.")).toBeVisible();
    await page.getByRole("link", { name: "Tạo tài khoản quản trị" }).click();

    await page.getByLabel("Tên đăng nhập").fill("quantri");
    await page.getByLabel("Họ và tên").fill("Nguyễn Văn Quản Trị");
    await page.getByLabel("Mật khẩu (ít nhất 8 ký tự)").fill("mat-khau-rat-dai");
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-khac");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByText("Hai mật khẩu không giống nhau.")).toBeVisible();
    await page.getByLabel("Nhập lại mật khẩu").fill("mat-khau-rat-dai");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByRole("status")).toContainText("Đã tạo tài khoản quản trị.");

    const stored = withDatabase((db) => db.prepare("select username, role, password_hash from users").all(), DATABASE) as {
      username: string; role: string; password_hash: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ username: "quantri", role: "admin" });
    expect(stored[0]!.password_hash.startsWith("$argon2id$")).toBe(true);

    await page.goto(`${BASE_URL}/setup`);
    await expect(page.getByText("Hệ thống đã có tài khoản quản trị.")).toBeVisible();

    await page.goto(`${BASE_URL}/sign-in`);
    await page.getByLabel("Tên đăng nhập").fill("quantri");
    await page.getByLabel("Mật khẩu").fill("mat-khau-rat-dai");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByTestId("signed-in-user")).toHaveText("Nguyễn Văn Quản Trị (quản trị)");
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "next-auth.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    // No demo accounts outside demo mode.
    expect(withDatabase((db) => db.prepare("select count(*) as n from units").get(), DATABASE)).toEqual({ n: 0 });
  } finally {
    killServer(server);
  }
});

test("a first start of an empty database in demo mode opens on the current year in today's structure", async ({ page }) => {
  test.setTimeout(120_000);
  const dir = `data/first-run-demo-${PORT}`;
  fs.rmSync(dir, { recursive: true, force: true });
  const server = startServer({ port: PORT, env: { DATABASE_PATH: `${dir}/chitieu.db`, DEMO_MODE: "true", NEXTAUTH_SECRET: SECRET } });
  try {
    await waitUntilReady(BASE_URL, 90_000);
    await page.goto(`${BASE_URL}/`);
    await expect(page.getByRole("heading", { name: "Đơn vị có nhiều chỉ tiêu chưa đạt nhất năm 2026" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Phường Quang Trung" })).toBeVisible();
    // Today's provinces only: Đà Nẵng took in the former Quảng Nam.
    const provinces = page.locator("section", { has: page.getByRole("heading", { name: "Các tỉnh" }) });
    await expect(provinces.getByRole("link", { name: "Thành phố Đà Nẵng" })).toBeVisible();
    await expect(provinces.getByRole("link", { name: "Tỉnh Quảng Nam" })).toHaveCount(0);

    await page.goto(`${BASE_URL}/?q=bim son`);
    await page.getByRole("link", { name: /^Phường Bỉm Sơn/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Phường Bỉm Sơn: .* năm 2026$/);
  } finally {
    killServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
