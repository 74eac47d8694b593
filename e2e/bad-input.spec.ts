// Bad input posted straight to the server: malformed and ambiguous numbers, huge values, negatives,
// impossible ratios, and script in notes. Each is refused with a clear reason (or, for a note,
// stored as text and rendered inert), and a refused save leaves the database unchanged.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { SignInPage } from "./pages/sign-in-page";
import { indicatorIdByCode, snapshot, unitIdByCode, withDatabase } from "./support/database";
import { actionId, postAction } from "./support/http";

const SAVE = () => actionId("app/_actions/entry.ts", "saveActuals");

function revision(unitId: number, indicatorId: number, period: string): number {
  return withDatabase(
    (db) =>
      (db.prepare("select revision from actuals where unit_id = ? and indicator_id = ? and year = 2024 and period = ?").get(unitId, indicatorId, period) as
        | { revision: number }
        | undefined)?.revision ?? 0,
  );
}

async function post(request: APIRequestContext, unitId: number, fields: Record<string, string>) {
  return postAction(request, {
    baseURL: test.info().project.use.baseURL!,
    page: `/units/${unitId}/entry`,
    action: SAVE(),
    fields: { unitId: String(unitId), year: "2024", period: "M9", ...fields },
  });
}

test("malformed, ambiguous, huge and negative numbers and impossible ratios are refused, nothing written", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const baDinh = unitIdByCode("14812");
  const gtsx = indicatorIdByCode("GTSX");
  const poor = indicatorIdByCode("TY_LE_HO_NGHEO");
  const rev = String(revision(baDinh, gtsx, "M9"));
  const cases: [Record<string, string>, string][] = [
    [{ [`value.${gtsx}`]: "3,241" }, '"error":"ambiguous_comma"'],
    [{ [`value.${gtsx}`]: "3.24.1" }, '"error":"bad_grouping"'],
    [{ [`value.${gtsx}`]: "3241.5" }, '"error":"decimal_dot"'],
    [{ [`value.${gtsx}`]: "1,234.5" }, '"error":"english_format"'],
    [{ [`value.${gtsx}`]: "abc" }, '"error":"invalid"'],
    [{ [`value.${gtsx}`]: "9.999.999.999.999.999" }, '"error":"too_large"'],
    [{ [`value.${gtsx}`]: "-3.241" }, '"error":"negative"'],
    [{ [`value.${gtsx}`]: "1e9" }, '"error":"invalid"'],
    [{ [`value.${gtsx}`]: "" }, '"code":"required"'],
    [{ [`numerator.${poor}`]: "5", [`denominator.${poor}`]: "0" }, '"code":"denominator_zero"'],
    [{ [`numerator.${poor}`]: "3.000", [`denominator.${poor}`]: "2.890" }, '"code":"numerator_over_denominator"'],
    [{ [`value.${gtsx}`]: "3.300", [`status.${gtsx}`]: "final" }, '"code":"status_invalid"'],
    [{ [`value.${gtsx}`]: "3.300", [`note.${gtsx}`]: "x".repeat(1001) }, '"code":"note_too_long"'],
  ];
  const before = snapshot();
  for (const [fields, expected] of cases) {
    const withDefaults = { [`status.${gtsx}`]: "official", [`revision.${gtsx}`]: rev, [`status.${poor}`]: "official", [`revision.${poor}`]: "0", ...fields };
    const response = await post(page.request, baDinh, withDefaults);
    expect(response.body, JSON.stringify(fields)).toContain(expected);
    expect(response.body).not.toContain('"ok":true');
  }
  // A save with one bad figure among good ones writes none of them.
  const mixed = await post(page.request, baDinh, {
    [`value.${gtsx}`]: "3.300", [`status.${gtsx}`]: "official", [`revision.${gtsx}`]: rev,
    [`numerator.${poor}`]: "2", [`denominator.${poor}`]: "0", [`status.${poor}`]: "official", [`revision.${poor}`]: "0",
  });
  expect(mixed.body).toContain('"code":"denominator_zero"');
  expect(snapshot()).toEqual(before);

  // A forged form (unknown period, a unit id that is not a number) is refused before anything else.
  const forged = await post(page.request, baDinh, { period: "Q5", [`value.${gtsx}`]: "1" });
  expect(forged.body).toContain('"error":"invalid"');
  expect(snapshot()).toEqual(before);
});

test("script in a note is stored as text and rendered inert", async ({ page }) => {
  await new SignInPage(page).signIn("badinh");
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const entry = new EntryPage(page);
  await entry.open(unitIdByCode("14812"), 2024, "M9");
  const script = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
  await entry.note("GTSX").fill(script);
  await entry.save();
  await expect(entry.result).toHaveText("Đã lưu 1 số liệu.");
  await page.reload();
  await expect(entry.note("GTSX")).toHaveValue(script);
  const history = entry.row("GTSX").getByTestId("history-GTSX");
  await history.getByText(/Lịch sử/).click();
  await expect(history.getByText(script)).toBeVisible();
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("odd spellings of every page's and download's parameters get the page's defaults or not found, never a server error", async ({ request }) => {
  const unitId = unitIdByCode("14812");
  const routes = [
    "/",
    "/compare",
    `/units/${unitId}`,
    `/units/${unitId}/report`,
    `/units/${unitId}/report/print`,
    `/units/${unitId}/report/export`,
    `/units/${unitId}/figures/export`,
    `/units/${unitId}/compare`,
    `/units/${unitId}/compare/print`,
    `/units/${unitId}/compare/export`,
    `/units/${unitId}/compare/charts`,
    `/units/${unitId}/charts/GTSX`,
    `/units/${unitId}/allocation`,
    `/units/${unitId}/entry/template`,
    `/units/${unitId}/entry/plan-template`,
    "/sign-in",
  ];
  const queries = [
    "?year=abc&period=XX&plan=zz",
    "?year=99999&period=Q9",
    "?year=0x7e8&period=h1",
    "?year=2024.0&period=H1&plan=council",
    "?year=%00&period=%0A",
    "?year=2024&year=2025&period=H1&period=Q1",
    "?indicators=GTSX,';drop table units;--&sort=-%00&show=x&status=%E2%80%AE&type=x&scope=all&q=" + "x".repeat(500),
    "?format=pdf",
    "?callbackUrl=%zz",
    "?%zz=1",
  ];
  // A path that is not valid percent-encoding is a bad request, not a server error.
  for (const path of [`/units/${unitId}/charts/%zz`, `/units/${unitId}/%zz`, "/%zz", `/units/%E0%A4%A/report`]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
  }
  for (const route of routes) {
    for (const query of queries) {
      const response = await request.get(route + query, { maxRedirects: 0 });
      expect([200, 307, 400, 404], route + query).toContain(response.status());
    }
  }
  for (const code of ["gtsx", "Gtsx", "%zz", "GTSX%00", "..%2F..%2Fadmin", "x".repeat(300)]) {
    const response = await request.get(`/units/${unitId}/charts/${code}`, { maxRedirects: 0 });
    expect([400, 404], code).toContain(response.status());
  }
});
