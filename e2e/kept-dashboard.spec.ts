// A dashboard is rendered once per view and kept until the figures change: an official who saves a
// figure, or an import run by another process, sees it on the very next view of the dashboard.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DashboardPage } from "./pages/dashboard-page";
import { EntryPage } from "./pages/entry-page";
import { SignInPage } from "./pages/sign-in-page";
import { E2E_DATABASE, unitIdByCode, withDatabase } from "./support/database";
import { rawRequest } from "./support/raw-http";

const BA_DINH = "14812";
const GTSX_H1_2024 = `select a.value from actuals a join indicators i on i.id = a.indicator_id
  where a.unit_id = ? and a.year = 2024 and a.period = 'H1' and i.code = 'GTSX'`;

/** Ba Đình's production value for 6 tháng 2024 as stored now (tests before this one may have changed it). */
function storedGtsx(unitId: number): number {
  return withDatabase((db) => (db.prepare(GTSX_H1_2024).get(unitId) as { value: number }).value);
}

const vi = (n: number) => n.toLocaleString("vi-VN");

test("a dashboard seen before a figure is saved shows the new figure on the next view", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  const before = storedGtsx(unitId);
  const after = before + 31;
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(before));

  const entry = new EntryPage(page);
  await entry.open(unitId, 2024, "H1");
  await entry.value("GTSX").fill(vi(after));
  await entry.status("GTSX").selectOption("official");
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  expect(storedGtsx(unitId)).toBe(after);
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));

  // The same view again is the kept page, with the new figure.
  await page.reload();
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));
});

test("a figure written by another process shows on the next view of a dashboard already seen", async ({ page }) => {
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(storedGtsx(unitId)));
  expect(storedGtsx(unitId)).not.toBe(2555);

  // As an import or a second server would: straight into the database, whose triggers raise the data version.
  const db = new Database(E2E_DATABASE, { fileMustExist: true, timeout: 5000 });
  try {
    const { changes } = db
      .prepare(
        `update actuals set value = 2555, revision = revision + 1
         where unit_id = ? and year = 2024 and period = 'H1' and indicator_id = (select id from indicators where code = 'GTSX')`,
      )
      .run(unitId);
    expect(changes).toBe(1);
  } finally {
    db.close();
  }
  await page.reload();
  await expect(dashboard.indicator("GTSX")).toContainText("2.555");
});

test("an official who goes from the dashboard to the entry form and back through the tabs sees what she saved", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  const after = storedGtsx(unitId) + 17;
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await expect(dashboard.indicator("GTSX")).toBeVisible();

  // Links only, no reload: the browser keeps pages it has seen, and must not show this one as it was.
  await dashboard.tab("Báo cáo").click();
  await page.getByRole("link", { name: "Nhập số liệu kỳ này" }).click();
  const entry = new EntryPage(page);
  await expect(entry.form).toBeVisible();
  await entry.value("GTSX").fill(vi(after));
  await entry.value("GTSX").press("Enter");
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  await page.getByRole("link", { name: /Báo cáo của Phường Ba Đình/ }).click();
  await dashboard.tab("Tổng quan").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phường Ba Đình: tiến độ thực hiện 6 tháng năm 2024");
  await expect(dashboard.indicator("GTSX")).toContainText(vi(after));
});

const dataVersion = () => withDatabase((db) => (db.prepare("select version from data_version where id = 1").get() as { version: number }).version);

/** The signed segment the proxy writes for a data version, with the demo secret kept beside the e2e database. */
function signedVersion(version: number): string {
  const secret = fs.readFileSync(path.join(path.dirname(E2E_DATABASE), "nextauth-secret"), "utf8").trim();
  return crypto.createHmac("sha256", secret).update(`kept-dashboard:${version}`).digest("base64url").slice(0, 22);
}

/** Every way of spelling a kept dashboard's path that an outsider might try. */
function keptPathSpellings(unitId: number, version: string): string[] {
  const view = "2024.H1._";
  return [
    `/units/${unitId}/view/${version}/${view}`,
    `/units/${unitId}/view/${version}/_._._`,
    `/units/${unitId}/view/${version}/${view}/`,
    `/vi/units/${unitId}/view/${version}/${view}`,
    `/en/units/${unitId}/view/${version}/${view}`,
    `//units//${unitId}//view//${version}//${view}`,
    `/units/${unitId}/%76iew/${version}/${view}`,
    `/units/${unitId}/VIEW/${version}/${view}`,
    `/units/${unitId}/view%2F${version}%2F${view}`,
    `/vi/units/${unitId}/view/${version}/2024%2eH1%2e_`,
    `/units/${unitId}/./view/${version}/${view}`,
    `/%2e/units/${unitId}/view/${version}/${view}`,
    `/units/${unitId}/view/${version}/${view}?_rsc=1`,
  ];
}

/** The status a spelling finally answers with, sent as written; a redirect to a single-slash or slash-less spelling is followed. */
async function finalStatus(baseURL: string, spelling: string): Promise<number> {
  const response = await rawRequest(`${baseURL}${spelling}`, {});
  if (response.status !== 308) return response.status;
  return (await rawRequest(new URL(response.headers.location!, baseURL).toString(), {})).status;
}

test("no spelling of a kept dashboard's path is served from outside, and nothing in the answer names the data version", async ({ request, baseURL }) => {
  const unitId = unitIdByCode(BA_DINH);
  const current = dataVersion();
  const versions = ["abc", String(current), String(current + 1), signedVersion(current), signedVersion(current + 1)];
  for (const version of versions) {
    for (const spelling of keptPathSpellings(unitId, version)) {
      expect(await finalStatus(baseURL!, spelling), spelling).toBe(404);
    }
  }

  const publicView = await request.get(`/units/${unitId}?year=2024&period=H1`);
  expect(publicView.status()).toBe(200);
  // Next sends the rewritten path back (x-middleware-rewrite): it names the version only by its signature.
  for (const [name, value] of Object.entries(publicView.headers())) {
    expect(value, name).not.toMatch(new RegExp(`/view/${current}(/|-|$)`));
  }
});

test("asking for future data versions in advance does not freeze the public dashboard", async ({ page, baseURL }) => {
  test.setTimeout(120_000); // nearly three hundred requests before the three saves
  const unitId = unitIdByCode(BA_DINH);
  const dashboard = new DashboardPage(page);
  const current = dataVersion();
  // The outsider asks for the next ten versions of the view, under every spelling, before anyone saves.
  for (let v = current; v <= current + 10; v++) {
    for (const version of [String(v), signedVersion(v)]) {
      for (const spelling of keptPathSpellings(unitId, version)) expect(await finalStatus(baseURL!, spelling), spelling).toBe(404);
    }
  }
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  const before = storedGtsx(unitId);
  await expect(dashboard.indicator("GTSX")).toContainText(vi(before));

  // Three saves, each raising the data version; the public dashboard follows every one.
  for (const figure of [before + 8, before + 9, before + 10]) {
    const db = new Database(E2E_DATABASE, { fileMustExist: true, timeout: 5000 });
    try {
      db.prepare(
        `update actuals set value = ?, revision = revision + 1
         where unit_id = ? and year = 2024 and period = 'H1' and indicator_id = (select id from indicators where code = 'GTSX')`,
      ).run(figure, unitId);
    } finally {
      db.close();
    }
    expect(dataVersion()).toBeGreaterThan(current);
    await page.goto(`/units/${unitId}?year=2024&period=H1`);
    await expect(dashboard.indicator("GTSX")).toContainText(vi(figure));
  }
});

test("a unit has one address: other spellings of its id are not found and nothing is kept for them", async ({ request }) => {
  const unitId = unitIdByCode(BA_DINH);
  expect((await request.get(`/units/${unitId}?year=2024`)).status()).toBe(200);
  const spellings = [`00${unitId}`, `0x${unitId.toString(16)}`, `${unitId}.0`, `+${unitId}`, `%20${unitId}`, `${unitId}%20`, `${unitId / 10}e1`, `%3${String(unitId)[0]}${String(unitId).slice(1)}`];
  for (const id of spellings) {
    for (const suffix of ["", "/report", "/charts/GTSX", "/compare", "/entry/template"]) {
      const response = await request.get(`/units/${id}${suffix}`, { maxRedirects: 0 });
      expect(response.status(), `/units/${id}${suffix}`).toBe(404);
    }
  }
  // Ids of units that do not exist are not found either.
  for (const id of ["999999", "123456789012345", "1234567890123456789"]) {
    expect((await request.get(`/units/${id}`)).status(), id).toBe(404);
  }
});

test("pages run only their own scripts: a fresh nonce for each page rendered now, inline scripts only on the kept dashboard", async ({ request, page }) => {
  const unitId = unitIdByCode(BA_DINH);
  const scriptPolicy = (policy: string | undefined) => policy?.split("; ").find((d) => d.startsWith("script-src"));
  const nonces = new Set<string>();
  for (const path of ["/", "/compare", "/sign-in", `/units/${unitId}/report?year=2024`, `/units/${unitId}/charts/GTSX`, "/units/999999"]) {
    const response = await request.get(path);
    const policy = scriptPolicy(response.headers()["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    expect(nonce, path).toBeDefined();
    expect(policy, path).not.toContain("unsafe-inline");
    nonces.add(nonce!);
    // Every inline script carries it.
    const inline = [...(await response.text()).matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].map((m) => m[0]);
    expect(inline.length, path).toBeGreaterThan(0);
    for (const tag of inline) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(6);
  // A kept dashboard is one document for every visitor: no per-request nonce can match it.
  const kept = await request.get(`/units/${unitId}?year=2024`);
  expect(scriptPolicy(kept.headers()["content-security-policy"])).toBe("script-src 'self' 'unsafe-inline'");

  // And the pages work under their policy: no script refused on the way from sign-in to a chart.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await new SignInPage(page).signIn("badinh");
  await page.goto(`/units/${unitId}?year=2024&period=H1`);
  await page.goto(`/units/${unitId}/charts/GTSX?year=2024`);
  await page.goto(`/units/${unitId}/entry`);
  await expect(page.getByTestId("entry-form")).toBeVisible();
  expect(refused).toEqual([]);
});
