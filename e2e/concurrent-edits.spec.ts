// Two officials edit the same figure from forms loaded at the same moment: the second save is refused
// and shows the other value and who entered it; nothing is lost, and saving again replaces it knowingly.
import { test as base, expect, type Browser } from "@playwright/test";
import { EntryPage } from "./pages/entry-page";
import { SignInPage } from "./pages/sign-in-page";
import { snapshot, unitIdByCode, withDatabase } from "./support/database";

/** Ba Đình's figure for 6 tháng 2024, as stored, with who saved it last. */
function figure(indicatorCode: string) {
  return withDatabase(
    (db) =>
      db
        .prepare(
          `select a.value, a.revision, u2.display_name as who from actuals a join units u on u.id = a.unit_id
           join indicators i on i.id = a.indicator_id left join users u2 on u2.id = a.updated_by
           where u.code = '14812' and i.code = ? and a.year = 2024 and a.period = 'H1'`,
        )
        .get(indicatorCode) as { value: number; revision: number; who: string | null },
  );
}

/** Ba Đình's 6-month form of 2024, signed in as `username` in a browser of its own; closed after the test. */
async function openBaDinhForm(browser: Browser, username: string, use: (form: EntryPage) => Promise<void>) {
  const context = await browser.newContext();
  const form = new EntryPage(await context.newPage());
  await new SignInPage(form.page).signIn(username);
  await form.open(unitIdByCode("14812"), 2024, "H1");
  await use(form);
  await context.close();
}

/** The same form opened at the same moment by the ward's official and the town's. */
const test = base.extend<{ wardForm: EntryPage; townForm: EntryPage }>({
  wardForm: async ({ browser }, use) => openBaDinhForm(browser, "badinh", use),
  // Opened after the ward's, so that both forms show the same figures.
  townForm: async ({ browser, wardForm: _opened }, use) => openBaDinhForm(browser, "bimson", use),
});

test("the second of two simultaneous edits is refused with the other value shown", async ({ wardForm, townForm }) => {
  const start = figure("GTSX");

  await wardForm.value("GTSX").fill("2.300");
  await wardForm.save();
  await expect(wardForm.result).toHaveText("Đã lưu 1 số liệu.");
  expect(figure("GTSX")).toMatchObject({ value: 2300, revision: start.revision + 1, who: "Cán bộ P. Ba Đình" });

  const before = snapshot();
  await townForm.value("GTSX").fill("2.310");
  await townForm.save();
  await expect(townForm.result).toContainText("Chưa lưu: có số liệu vừa được người khác sửa");
  const conflict = townForm.row("GTSX").getByTestId("field-conflict");
  await expect(conflict).toContainText("Cán bộ P. Ba Đình đã sửa số liệu này");
  await expect(conflict).toContainText("2.300");
  // Nothing lost: the first official's figure stands, and the refused save wrote nothing.
  expect(snapshot()).toEqual(before);
  expect(figure("GTSX").value).toBe(2300);
  // The town official's own input is still in the form.
  await expect(townForm.value("GTSX")).toHaveValue("2.310");

  // Having seen the other value, saving again replaces it, and the history keeps both.
  await townForm.save();
  await expect(townForm.result).toHaveText("Đã lưu 1 số liệu.");
  expect(figure("GTSX")).toMatchObject({ value: 2310, revision: start.revision + 2, who: "Cán bộ TX Bỉm Sơn" });
  await townForm.page.reload();
  const history = townForm.row("GTSX").getByTestId("history-GTSX");
  await history.getByText(/Lịch sử/).click();
  await expect(history).toContainText("2.300");
  await expect(history).toContainText("2.310");
});

test("two officials saving different figures of the same form keep each other's figures", async ({ wardForm, townForm }) => {
  const loadedIncome = await wardForm.value("THU_NHAP_BQ").inputValue();

  // The town corrects income per head; the ward, whose form still shows the old income, saves production value.
  await townForm.value("THU_NHAP_BQ").fill("76,2");
  await townForm.save();
  await expect(townForm.result).toHaveText("Đã lưu 1 số liệu.");
  const townIncome = figure("THU_NHAP_BQ");
  expect(townIncome.value).toBe(76.2);

  await wardForm.value("GTSX").fill("2.420");
  await wardForm.save();
  await expect(wardForm.result).toHaveText("Đã lưu 1 số liệu.");
  expect(figure("GTSX").value).toBe(2420);
  // The ward's untouched, stale income was not posted: the town's correction stands, now and after another save.
  expect(figure("THU_NHAP_BQ")).toEqual(townIncome);
  await expect(wardForm.value("THU_NHAP_BQ")).toHaveValue(loadedIncome);
  await wardForm.value("GTSX").fill("2.430");
  await wardForm.save();
  await expect(wardForm.result).toHaveText("Đã lưu 1 số liệu.");
  expect(figure("THU_NHAP_BQ")).toEqual(townIncome);
});
