// The administrator creates an editor for Phường Lam Sơn, who signs in and reaches exactly that form;
// then disables the account, and the change shows in the audit trail.
import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { unitIdByCode } from "./support/database";

// Each journey signs in two officials and waits for server actions: a minute on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

test("an admin creates a ward editor, who can enter her ward's figures and no one else's, then disables her", async ({ page, browser }) => {
  await new SignInPage(page).signIn("admin");
  await page.getByRole("link", { name: "Tài khoản" }).click();
  const form = page.getByTestId("user-form");
  await form.getByLabel("Tên đăng nhập").fill("lamson");
  await form.getByLabel("Họ và tên").fill("Cán bộ P. Lam Sơn");
  await form.getByLabel("Mật khẩu (ít nhất 8 ký tự)").fill("lam-son-2024");
  await form.getByLabel("Vai trò").selectOption("editor");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("Người nhập liệu cần mã đơn vị phụ trách.");
  await form.getByLabel("Mã đơn vị phụ trách (cho người nhập liệu)").fill("14815");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã tạo tài khoản lamson.");

  const editorContext = await browser.newContext();
  try {
    const editor = await editorContext.newPage();
    await new SignInPage(editor).signIn("lamson", "lam-son-2024");
    await editor.getByRole("link", { name: "Nhập số liệu" }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toContainText("Phường Lam Sơn: nhập số liệu");
    await editor.goto(`/units/${unitIdByCode("14812")}/entry`);
    await expect(editor.getByTestId("forbidden")).toBeVisible();

    await page.reload();
    const row = page.getByTestId("account-list").locator('tr[data-username="lamson"]');
    await expect(row).toContainText("Phường Lam Sơn (14815)");
    await row.getByRole("button", { name: "Khóa" }).click();
    await expect(row).toContainText("Đã khóa");

    await editor.goto(`/units/${unitIdByCode("14815")}/entry`);
    await expect(editor).toHaveURL(/\/sign-in/);
  } finally {
    await editorContext.close();
  }

  await page.goto("/audit");
  await expect(page.getByTestId("audit-table").locator('tr[data-action="user.disable"]').first()).toContainText("Khóa tài khoản");
  await expect(page.getByTestId("audit-table").locator('tr[data-action="user.create"]').first()).toContainText("lamson");
});

test("an admin signs an account out everywhere: a session open elsewhere ends at once, and the account can sign in again", async ({ page, browser }) => {
  const viewerContext = await browser.newContext();
  try {
    const viewer = await viewerContext.newPage();
    await new SignInPage(viewer).signIn("viewer");
    await viewer.goto("/");
    await expect(viewer.getByTestId("signed-in-user")).toBeVisible();

    await new SignInPage(page).signIn("admin");
    await page.goto("/admin/users");
    const row = page.getByTestId("account-list").locator('tr[data-username="viewer"]');
    const done = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/admin/users"));
    await row.getByRole("button", { name: "Đăng xuất mọi nơi: viewer" }).click();
    await done;

    await viewer.reload();
    await expect(viewer.getByTestId("signed-in-user")).toHaveCount(0);
    await new SignInPage(viewer).signIn("viewer");
  } finally {
    await viewerContext.close();
  }
  // The admin's own session is untouched, and the action is in the audit trail.
  await page.goto("/audit");
  await expect(page.getByTestId("audit-table").locator('tr[data-action="user.sign_out_everywhere"]').first()).toContainText("Đăng xuất tài khoản ở mọi nơi");
});
