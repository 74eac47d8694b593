import { expect, type Page } from "@playwright/test";

/** The sign-in form, driven as an official does: by its labels. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async signIn(username: string, password = "demo1234") {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Tên đăng nhập").fill(username);
    await this.page.getByLabel("Mật khẩu").fill(password);
    await this.page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(this.page.getByTestId("signed-in-user")).toBeVisible();
  }
}
