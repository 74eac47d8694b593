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
