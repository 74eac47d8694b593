// Signing in as an outsider would attack it: a callback that leads off the site, guesses from an
// address that claims to be many, guesses meant to keep an official out, and a session cookie
// copied before signing out.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { unitIdByCode } from "./support/database";
import { rawRequest, signInFrom } from "./support/raw-http";

test("after signing in, a callback that leads to another site leads home instead", async ({ page, baseURL }) => {
  await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example%2Fsteal");
  await page.getByLabel("Tên đăng nhập").fill("viewer");
  await page.getByLabel("Mật khẩu").fill("demo1234");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a signed-in official sent to sign in with a hostile callback stays on the site, and no spelling gives a server error", async ({ baseURL }) => {
  const context = await playwrightRequest.newContext({ baseURL });
  try {
    const anonymous = ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%0D%2Fevil.example", "%2F%E1%BB%99", "%2F%5C%2Fevil.example", "https%3A%2F%2Fevil.example"];
    for (const callback of anonymous) {
      expect((await context.get(`/sign-in?callbackUrl=${callback}`)).status(), callback).toBe(200);
    }
    const csrf = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await context.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, username: "viewer", password: "demo1234", json: "true" } });
    for (const callback of [...anonymous, "%2F%2F%2Fevil.example", "%2Funits%2F%E1%BB%99%0A"]) {
      const response = await context.get(`/sign-in?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBe(307);
      expect(new URL(response.headers().location!, baseURL).origin, callback).toBe(new URL(baseURL!).origin);
    }
  } finally {
    await context.dispose();
  }
});

test("next-auth sends a sign-in with a callback to another site home", async ({ baseURL }) => {
  for (const callbackUrl of ["https://evil.example/", "/\t/evil.example", "//evil.example"]) {
    const csrf = await rawRequest(`${baseURL}/api/auth/csrf`, {});
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const response = await rawRequest(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; "),
      },
      body: new URLSearchParams({ csrfToken, username: "viewer", password: "demo1234", callbackUrl, json: "true" }).toString(),
    });
    // next-auth answers with its own idea of the app's address (NEXTAUTH_URL, here unset), never the other site.
    const { url } = JSON.parse(response.body) as { url: string };
    expect(new URL(url).hostname, callbackUrl).toBe("localhost");
  }
});

test("guesses from one address are slowed however X-Forwarded-For is rotated", async ({ baseURL }) => {
  const outcomes: string[] = [];
  for (let i = 0; i < 8; i++) {
    const { outcome } = await signInFrom(baseURL!, {
      username: "bimson",
      password: `wrong-${i}`,
      localAddress: "127.0.0.2",
      headers: { "X-Forwarded-For": `198.51.100.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` },
    });
    outcomes.push(outcome);
  }
  // Three free guesses, then the back-off: the rotated header bought nothing.
  expect(outcomes.slice(0, 3)).toEqual(["refused", "refused", "refused"]);
  expect(outcomes.slice(3)).toEqual(Array(5).fill("rate_limited"));
  // Even the right password waits at that address...
  expect((await signInFrom(baseURL!, { username: "bimson", password: "demo1234", localAddress: "127.0.0.2" })).outcome).toBe("rate_limited");
  // ...while the official at her own address signs in at once.
  expect((await signInFrom(baseURL!, { username: "bimson", password: "demo1234", localAddress: "127.0.0.3" })).outcome).toBe("signed-in");
});

test("wrong passwords sent by an outsider do not keep the official out", async ({ baseURL }) => {
  for (let i = 0; i < 5; i++) {
    const { outcome } = await signInFrom(baseURL!, { username: "viewer", password: `guess-${i}`, localAddress: "127.0.0.4" });
    expect(outcome).not.toBe("signed-in");
  }
  // And from many addresses at once, each with its own few free guesses.
  for (let a = 5; a < 10; a++) {
    for (let i = 0; i < 3; i++) await signInFrom(baseURL!, { username: "viewer", password: `guess-${a}-${i}`, localAddress: `127.0.0.${a}` });
  }
  expect((await signInFrom(baseURL!, { username: "viewer", password: "demo1234", localAddress: "127.0.0.1" })).outcome).toBe("signed-in");
});

test("a session cookie copied before signing out is refused after it", async ({ page, baseURL }) => {
  await new SignInPage(page).signIn("badinh");
  const copied = (await page.context().cookies()).find((c) => c.name === "next-auth.session-token");
  expect(copied).toBeDefined();
  const cookie = `next-auth.session-token=${copied!.value}`;
  const before = JSON.parse((await rawRequest(`${baseURL}/api/auth/session`, { headers: { Cookie: cookie } })).body) as { account?: { username: string } | null };
  expect(before.account?.username).toBe("badinh");
  const entryPath = `/units/${unitIdByCode("14812")}/entry`;
  expect((await rawRequest(`${baseURL}${entryPath}`, { headers: { Cookie: cookie } })).body).toContain('data-testid="entry-form"');

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);

  const after = JSON.parse((await rawRequest(`${baseURL}/api/auth/session`, { headers: { Cookie: cookie } })).body) as { account?: unknown };
  expect(after.account ?? null).toBeNull();
  const entry = await rawRequest(`${baseURL}${entryPath}`, { headers: { Cookie: cookie } });
  expect(entry.status).toBe(307);
  expect(entry.body).not.toContain('data-testid="entry-form"');
  // Signing in again works, with a new session.
  await new SignInPage(page).signIn("badinh");
});
