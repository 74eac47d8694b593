import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Period } from "@/lib/domain";
import { MESSAGES } from "@/lib/i18n/messages";
import { PLAN_COLUMNS } from "@/lib/spreadsheet/plan-template";
import { problemText } from "@/lib/spreadsheet/problem-text";
import { entryTemplateSheet, templateIndicators } from "@/lib/spreadsheet/template";
import { planLabels, templateText, uploadLabels } from "@/lib/spreadsheet/texts";
import type { UploadCell, UploadRow } from "@/lib/spreadsheet/upload";
import { readXlsx, toXlsx } from "@/lib/spreadsheet/xlsx";
import type { Db } from "@/db/client";
import { defaultYear } from "@/lib/year";
import { saveActuals } from "@/db/mutations/actuals";
import { savePlans } from "@/db/mutations/plans";
import { getLatestPlanYear, getReportYears, getUnitReportData } from "@/db/queries/report";
import { getSubtreeUnitCodes, getUnitChain } from "@/db/queries/scope";
import { editablePlanVersions } from "@/lib/auth/scope";
import { getCurrentFigures } from "@/db/queries/upload";
import { actualRevisions, actuals, auditLog, indicators, plans, units, users } from "@/db/schema";
import { commitUpload as commit } from "./commit-upload";
import type { ViewContext } from "./views/context";
import { createTempContext } from "./views/testing/temp-context";
import { checkUpload as check, seenRevisions } from "./views/upload";

let db: Db;
let ctx: ViewContext;
let cleanup: () => void;
beforeAll(async () => {
  ({ db, ctx, cleanup } = await createTempContext());
});
const checkUpload = (input: Parameters<typeof check>[1]) => check(ctx, input);
const commitUpload = (input: Parameters<typeof commit>[1]) => commit(ctx, input);
afterAll(() => cleanup());

const unitOf = (code: string) => db.select({ id: units.id, code: units.code }).from(units).where(eq(units.code, code)).all()[0]!;
const indicatorId = (code: string) => db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, code)).all()[0]!.id;
const userId = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).all()[0]!.id;
/** The plan versions of the unit this demo account may set, by the app's own rule. */
async function planVersionsOf(username: string, unit: { id: number }) {
  const [user] = db.select({ id: users.id, role: users.role, scopeUnitId: users.scopeUnitId }).from(users).where(eq(users.username, username)).all();
  return editablePlanVersions(user!, (await getUnitChain(db, { unitId: unit.id }))!);
}
const counts = () => ({
  actuals: db.select().from(actuals).all().length,
  revisions: db.select().from(actualRevisions).all().length,
  audit: db.select().from(auditLog).all().length,
});

/** A filled template as the spreadsheet reader returns it: the label lines, the header, the figures. */
function file(unitCode: string, year: number, period: string, figures: UploadCell[][]): UploadRow[] {
  const l = uploadLabels();
  const lines: UploadCell[][] = [
    [l.meta.unitCode, unitCode],
    [l.meta.year, String(year)],
    [l.meta.period, period],
    [l.columns.code, l.columns.indicator, l.columns.measure, l.columns.value, l.columns.status, l.columns.numerator, l.columns.denominator, l.columns.note],
    ...figures,
  ];
  return lines.map((cells, i) => ({ row: i + 1, cells }));
}

/** The problems of a refused commit, worded as the preview lists them (Vietnamese). */
function listed(result: Awaited<ReturnType<typeof commitUpload>>) {
  const t = createTranslator({ locale: "vi", messages: MESSAGES.vi, namespace: "spreadsheet" }) as unknown as Parameters<typeof problemText>[2];
  const l = uploadLabels();
  return result.checked.preview.problems.map((p) => problemText(p, { ...l.meta, ...l.columns }, t));
}

/** The entry template as the download route builds it for an editor, read back as the upload reads it. */
async function downloadTemplate(unitCode: string, year: number, period: Period): Promise<UploadRow[]> {
  const unit = db.select().from(units).where(eq(units.code, unitCode)).all()[0]!;
  const [data, current] = await Promise.all([getUnitReportData(db, { unitId: unit.id, year }), getCurrentFigures(db, { unitId: unit.id, year, period })]);
  const sheet = entryTemplateSheet({ unit, year, period, indicators: templateIndicators(data), current }, templateText({ unitName: unit.name, period, year }));
  const [read] = await readXlsx(await toXlsx([sheet]));
  return read!.rows;
}

/** What the official sees, then saves: the preview's revisions go with the commit. */
async function previewThenCommit(rows: UploadRow[], options: { user?: string; confirmed?: boolean; between?: () => Promise<void> } = {}) {
  const unit = unitOf("14812");
  const scopeUnitCodes = await getSubtreeUnitCodes(db, { rootUnitId: unit.id });
  const planVersions = await planVersionsOf(options.user ?? "badinh", unit);
  const seen = seenRevisions(await checkUpload({ unit, rows, scopeUnitCodes, planVersions }));
  await options.between?.();
  return commitUpload({ unit, rows, scopeUnitCodes, planVersions, seen, confirmed: options.confirmed ?? false, userId: userId(options.user ?? "badinh") });
}

describe("saving an uploaded template", () => {
  it("writes the changed figure with a revision and an audit row, like manual entry; the same file again writes nothing", async () => {
    const unit = unitOf("14812");
    const gtsx = indicatorId("GTSX");
    const stored = (await getCurrentFigures(db, { unitId: unit.id, year: 2024, period: "Q1" })).get(gtsx)!;
    const value = Math.round(stored.value) + 12;
    const rows = file("14812", 2024, "Quý I", [["GTSX", null, null, String(value), "Chính thức", null, null, "Theo báo cáo quý"]]);
    const before = counts();

    const result = await previewThenCommit(rows);
    expect(result).toMatchObject({ ok: true, saved: 1 });
    expect(counts()).toEqual({ actuals: before.actuals, revisions: before.revisions + 1, audit: before.audit + 1 });
    const [row] = db.select().from(actuals).where(eq(actuals.id, db.select().from(actuals).all().find((a) => a.unitId === unit.id && a.indicatorId === gtsx && a.year === 2024 && a.period === "Q1")!.id)).all();
    expect(row).toMatchObject({ value, status: "official", revision: stored.revision + 1, note: "Theo báo cáo quý", updatedBy: userId("badinh") });
    const audit = db.select().from(auditLog).all().at(-1)!;
    expect(audit).toMatchObject({ action: "actual.update", unitId: unit.id, indicatorId: gtsx, userId: userId("badinh") });

    const again = await previewThenCommit(rows);
    expect(again).toMatchObject({ ok: true, saved: 0 });
    expect(counts()).toEqual({ actuals: before.actuals, revisions: before.revisions + 1, audit: before.audit + 1 });
  });

  it("writes nothing when one row of the file is wrong, not even the good rows", async () => {
    const before = counts();
    const rows = file("14812", 2025, "Quý I", [
      ["VON_DAU_TU", null, null, "130", "Ước", null, null, null],
      ["KHONG_CO", null, null, "5", null, null, null, null],
    ]);
    const result = await previewThenCommit(rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe("problems");
    expect(result.checked.preview.problems.map((p) => [p.row, p.code])).toEqual([[6, "unknownIndicator"]]);
    expect(counts()).toEqual(before);
  });

  it("refuses a figure someone else changed after the preview, showing the other value, and writes nothing", async () => {
    const unit = unitOf("14812");
    const von = indicatorId("VON_DAU_TU");
    const rows = file("14812", 2025, "6 tháng", [["VON_DAU_TU", null, null, "250", "Ước", null, null, null]]);
    let before = counts();
    const result = await previewThenCommit(rows, {
      between: async () => {
        await saveActuals(db, {
          unitId: unit.id, year: 2025, period: "H1", userId: userId("bimson"),
          figures: [{ indicatorId: von, value: 240, numerator: null, denominator: null, status: "estimate", note: null, expectedRevision: 0 }],
        });
        before = counts();
      },
    });
    expect(result).toMatchObject({ ok: false, reason: "conflict", conflicts: [{ indicatorId: von, value: 240, revision: 1, updatedBy: "Cán bộ TX Bỉm Sơn" }] });
    expect(counts()).toEqual(before);
  });

  it("saves nothing from the template just downloaded: export then import changes nothing", async () => {
    const rows = await downloadTemplate("14812", 2024, "H1");
    expect(rows.filter((r) => r.cells[0] === "GTSX")).toHaveLength(1);
    const before = counts();
    const result = await previewThenCommit(rows);
    expect(result).toMatchObject({ ok: true, saved: 0 });
    if (result.checked.kind !== "actuals") throw new Error("an entry template is read as actuals");
    const { preview } = result.checked;
    expect(preview.problems).toEqual([]);
    expect(preview.figures.length).toBeGreaterThan(3);
    expect(preview.figures.every((f) => f.change === "unchanged")).toBe(true);
    expect(counts()).toEqual(before);
  });

  it("rejects a file whole for each kind of problem, listed by row, column and reason in Vietnamese", async () => {
    const before = counts();
    const rows = file("14812", 2025, "Quý I", [
      ["VON_DAU_TU", null, null, "130", "Ước", null, null, null], // row 5: good, yet not saved
      ["KHONG_CO", null, null, "5", null, null, null, null],
      ["THU_NSNN", null, null, "1.234,5.6", null, null, null, null],
      ["GTSX", null, null, "1,234", null, null, null, null],
      ["VON_DAU_TU", null, null, "131", "Ước", null, null, null],
    ]);
    const result = await previewThenCommit(rows);
    expect(result).toMatchObject({ ok: false, reason: "problems" });
    expect(listed(result)).toEqual([
      { row: 6, column: "A (Mã chỉ tiêu)", reason: "Mã chỉ tiêu “KHONG_CO” không có trong danh mục." },
      { row: 7, column: "D (Số liệu)", reason: "Không đọc được số “1.234,5.6”. Ví dụ cách viết đúng: 10.970,5" },
      { row: 8, column: "D (Số liệu)", reason: "Chưa rõ “1,234”: nếu là số nghìn hãy viết 1.234; số này không có phần thập phân." },
      { row: 9, column: "A (Mã chỉ tiêu)", reason: "Chỉ tiêu “VON_DAU_TU” đã có ở dòng 5 với số liệu khác." },
    ]);
    expect(counts()).toEqual(before);
  });

  it("refuses a downloaded template whose figure someone else changed since, even on an untouched row, and writes nothing", async () => {
    const unit = unitOf("14812");
    const gtsx = indicatorId("GTSX");
    const rows = await downloadTemplate("14812", 2024, "M9");
    const stored = (await getCurrentFigures(db, { unitId: unit.id, year: 2024, period: "M9" })).get(gtsx)!;
    // After the download, the town's official corrects Ba Đình's figure on the entry form.
    const corrected = Math.round(stored.value) + 7;
    expect(
      await saveActuals(db, {
        unitId: unit.id, year: 2024, period: "M9", userId: userId("bimson"),
        figures: [{ indicatorId: gtsx, value: corrected, numerator: null, denominator: null, status: stored.status, note: stored.note, expectedRevision: stored.revision }],
      }),
    ).toMatchObject({ ok: true });
    const before = counts();
    // Ba Đình's official uploads the template without touching the GTSX row: it would undo the correction.
    const result = await previewThenCommit(rows);
    expect(result).toMatchObject({ ok: false, reason: "problems" });
    const row = rows.find((r) => r.cells[0] === "GTSX")!.row;
    expect(listed(result)).toEqual([
      {
        row,
        column: "D (Số liệu)",
        reason: `Số liệu “GTSX” đã được sửa trên hệ thống sau khi tải mẫu (nay là ${corrected.toLocaleString("vi-VN")}); ghi tệp này sẽ đè lên. Hãy tải mẫu mới rồi điền lại dòng này.`,
      },
    ]);
    expect(counts()).toEqual(before);
    expect((await getCurrentFigures(db, { unitId: unit.id, year: 2024, period: "M9" })).get(gtsx)!.value).toBe(corrected);
    // A template downloaded now saves nothing and finds no problem.
    expect(await previewThenCommit(await downloadTemplate("14812", 2024, "M9"))).toMatchObject({ ok: true, saved: 0 });
  });

  it("refuses a file for a unit outside the user's units", async () => {
    const before = counts();
    const lamSon = unitOf("14815");
    const rows = file("14815", 2025, "Quý I", [["VON_DAU_TU", null, null, "10", "Ước", null, null, null]]);
    const scopeUnitCodes = await getSubtreeUnitCodes(db, { rootUnitId: unitOf("14812").id });
    expect(scopeUnitCodes).toEqual(["14812"]);
    const result = await commitUpload({ unit: lamSon, rows, scopeUnitCodes, planVersions: [], seen: {}, confirmed: false, userId: userId("badinh") });
    expect(result.ok).toBe(false);
    expect(listed(result)).toEqual([{ row: null, column: "B (Mã đơn vị)", reason: "Đơn vị mã 14815 nằm ngoài phạm vi đơn vị được giao cho bạn." }]);
    expect(counts()).toEqual(before);
  });

  it("asks for the same confirmation as manual entry before saving an unusual figure", async () => {
    const unit = unitOf("14812");
    const gtsx = indicatorId("GTSX");
    const stored = (await getCurrentFigures(db, { unitId: unit.id, year: 2024, period: "Q1" })).get(gtsx)!;
    // Official back to estimate: the entry form warns about the downgrade.
    const rows = file("14812", 2024, "Quý I", [["GTSX", null, null, String(stored.value), "Ước", null, null, null]]);
    const before = counts();
    const unconfirmed = await previewThenCommit(rows);
    expect(unconfirmed).toMatchObject({ ok: false, reason: "needs_confirmation" });
    if (!unconfirmed.ok && unconfirmed.reason === "needs_confirmation") {
      expect(Object.values(unconfirmed.warnings).flat().map((w) => w.code)).toEqual(["status_downgrade"]);
    }
    expect(counts()).toEqual(before);
    expect(await previewThenCommit(rows, { confirmed: true })).toMatchObject({ ok: true, saved: 1 });
    expect(counts().revisions).toBe(before.revisions + 1);
  });

  it("asks before saving a figure about 1000 times the stored one, and the audit row keeps the confirmation", async () => {
    const unit = unitOf("14812");
    const gtsx = indicatorId("GTSX");
    const stored = (await getCurrentFigures(db, { unitId: unit.id, year: 2024, period: "H1" })).get(gtsx)!;
    const rows = file("14812", 2024, "6 tháng", [["GTSX", null, null, stored.value * 1000, null, null, null, null]]);
    const before = counts();
    const preview = await checkUpload({ unit, rows, scopeUnitCodes: await getSubtreeUnitCodes(db, { rootUnitId: unit.id }), planVersions: await planVersionsOf("badinh", unit) });
    // Shown before saving, as a warning rather than a refusal.
    expect(preview.preview.problems).toEqual([]);
    expect(preview.kind === "actuals" && preview.preview.figures[0]!.warnings.map((w) => w.code)).toContain("magnitude_jump");
    const unconfirmed = await previewThenCommit(rows);
    expect(unconfirmed).toMatchObject({ ok: false, reason: "needs_confirmation", warnings: { [gtsx]: expect.arrayContaining([expect.objectContaining({ code: "magnitude_jump", reference: "stored", factor: 1000 })]) } });
    expect(counts()).toEqual(before);
    expect(await previewThenCommit(rows, { confirmed: true })).toMatchObject({ ok: true, saved: 1 });
    const [audit] = db.select().from(auditLog).where(eq(auditLog.indicatorId, gtsx)).all().sort((a, b) => b.id - a.id);
    expect(audit!.after).toMatchObject({ value: stored.value * 1000, confirmed: expect.stringContaining("magnitude_jump") });
  });

  it("refuses a plans file for year 9999 or 0001, and the unit's default year stays a real one", async () => {
    const unit = unitOf("14812");
    const l = planLabels();
    const planCount = () => db.select().from(plans).all().length;
    for (const year of ["9999", "0001"]) {
      const rows: UploadRow[] = [
        [l.meta.unitCode, "14812"],
        [l.meta.year, year],
        PLAN_COLUMNS.map((c) => l.columns[c]),
        ["GTSX", null, null, "KH cấp trên giao", "trở lên", "4.000", null, "12/QĐ-UBND", "05/01/2019"],
      ].map((cells, i) => ({ row: i + 1, cells }));
      const before = planCount();
      const result = await commitUpload({ unit, rows, scopeUnitCodes: null, planVersions: await planVersionsOf("admin", unit), seen: {}, confirmed: true, userId: userId("admin") });
      expect(result).toMatchObject({ ok: false, reason: "problems" });
      expect(listed(result)).toContainEqual({ row: 2, column: "B (Năm)", reason: `Năm “${year}” không hợp lệ.` });
      expect(planCount()).toBe(before);
    }
    // A stray plan written straight into the database is listed but never becomes the year a page opens on.
    db.insert(plans).values({ unitId: unit.id, indicatorId: indicatorId("GTSX"), year: 2099, version: "council", comparator: "gte", value: 1, source: "document", revision: 1, updatedAt: new Date(0) }).run();
    const years = await getReportYears(db, { unitId: unit.id });
    expect(years[0]).toBe(2099);
    const now = new Date("2025-06-01T00:00:00Z");
    expect(defaultYear(years, now.getFullYear())).toBeLessThanOrEqual(2026);
    expect(await getLatestPlanYear(db, { now })).toBeLessThanOrEqual(2026);
    db.delete(plans).where(eq(plans.year, 2099)).run();
  });

  it("saves a plans file of two versions and two decisions in one go, audited; the same file again writes nothing", async () => {
    const unit = unitOf("14812");
    const l = planLabels();
    const rows: UploadRow[] = [
      [l.meta.unitCode, "14812"],
      [l.meta.year, "2019"],
      PLAN_COLUMNS.map((c) => l.columns[c]),
      ["GTSX", null, null, "KH cấp trên giao", "trở lên", "4.000", null, "12/QĐ-UBND", "05/01/2019"],
      ["GTSX", null, null, "KH HĐND giao", "trở lên", "4.200", null, "03/NQ-HĐND", "10/01/2019"],
    ].map((cells, i) => ({ row: i + 1, cells }));
    const planCount = () => db.select().from(plans).all().length;
    const before = { plans: planCount(), audit: counts().audit };
    // The town's editor: the ward's higher-level plan is the town's to set.
    const scopeUnitCodes = await getSubtreeUnitCodes(db, { rootUnitId: unitOf("381").id });
    const planVersions = await planVersionsOf("bimson", unit);
    expect(planVersions).toEqual(["higher_level", "council", "adjusted"]);
    const commit = async () => {
      const seen = seenRevisions(await checkUpload({ unit, rows, scopeUnitCodes, planVersions }));
      return commitUpload({ unit, rows, scopeUnitCodes, planVersions, seen, confirmed: false, userId: userId("bimson") });
    };
    expect(await commit()).toMatchObject({ ok: true, saved: 2 });
    expect({ plans: planCount(), audit: counts().audit }).toEqual({ plans: before.plans + 2, audit: before.audit + 2 });
    const stored = db.select().from(plans).all().filter((p) => p.unitId === unit.id && p.year === 2019);
    expect(stored.map((p) => [p.version, p.value, p.documentNumber, p.documentDate]).sort()).toEqual([
      ["council", 4200, "03/NQ-HĐND", "2019-01-10"],
      ["higher_level", 4000, "12/QĐ-UBND", "2019-01-05"],
    ]);
    expect(await commit()).toMatchObject({ ok: true, saved: 0 });
    expect({ plans: planCount(), audit: counts().audit }).toEqual({ plans: before.plans + 2, audit: before.audit + 2 });
  });

  it("writes none of a plans file's versions when one of them changed since the preview", async () => {
    const unit = unitOf("14812");
    const gtsx = indicatorId("GTSX");
    const l = planLabels();
    const rows: UploadRow[] = [
      [l.meta.unitCode, "14812"],
      [l.meta.year, "2018"],
      PLAN_COLUMNS.map((c) => l.columns[c]),
      ["GTSX", null, null, "KH cấp trên giao", "trở lên", "3.000", null, "1/QĐ-UBND", "05/01/2018"],
      ["GTSX", null, null, "KH HĐND giao", "trở lên", "3.100", null, "2/NQ-HĐND", "10/01/2018"],
    ].map((cells, i) => ({ row: i + 1, cells }));
    const scopeUnitCodes = await getSubtreeUnitCodes(db, { rootUnitId: unitOf("381").id });
    const planVersions = await planVersionsOf("bimson", unit);
    const seen = seenRevisions(await checkUpload({ unit, rows, scopeUnitCodes, planVersions }));
    await savePlans(db, {
      unitId: unit.id, year: 2018, version: "council", document: { number: null, date: null }, userId: userId("bimson"),
      plans: [{ indicatorId: gtsx, comparator: "gte", value: 3050, valueMax: null, expectedRevision: 0 }],
    });
    const before = { plans: db.select().from(plans).all().length, audit: counts().audit };
    const result = await commitUpload({ unit, rows, scopeUnitCodes, planVersions, seen, confirmed: false, userId: userId("bimson") });
    expect(result).toMatchObject({ ok: false, reason: "plan_conflict", conflicts: [{ indicatorId: gtsx, value: 3050, updatedBy: "Cán bộ TX Bỉm Sơn" }] });
    // The higher level's plan, written first in the same transaction, is undone too.
    expect({ plans: db.select().from(plans).all().length, audit: counts().audit }).toEqual(before);
  });

  it("refuses a ward editor's file that changes the ward's higher-level plan, and writes none of it", async () => {
    const unit = unitOf("14812");
    const l = planLabels();
    const rows: UploadRow[] = [
      [l.meta.unitCode, "14812"],
      [l.meta.year, "2017"],
      PLAN_COLUMNS.map((c) => l.columns[c]),
      ["GTSX", null, null, "KH cấp trên giao", "trở lên", "1.000", null, "12/QĐ-UBND", "05/01/2017"],
      ["GTSX", null, null, "KH HĐND giao", "trở lên", "4.200", null, "03/NQ-HĐND", "10/01/2017"],
    ].map((cells, i) => ({ row: i + 1, cells }));
    const scopeUnitCodes = await getSubtreeUnitCodes(db, { rootUnitId: unit.id });
    const planVersions = await planVersionsOf("badinh", unit);
    expect(planVersions).toEqual(["council", "adjusted"]);
    const before = { plans: db.select().from(plans).all().length, audit: counts().audit };
    const checked = await checkUpload({ unit, rows, scopeUnitCodes, planVersions });
    expect(checked.preview.problems.map((p) => [p.row, p.column, p.code])).toEqual([[4, "D", "planSetAbove"]]);
    const result = await commitUpload({ unit, rows, scopeUnitCodes, planVersions, seen: seenRevisions(checked), confirmed: true, userId: userId("badinh") });
    expect(result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(listed(result)[0]!.reason).toBe("KH cấp trên giao của “GTSX” do cấp trên giao (cán bộ đơn vị cấp trên hoặc quản trị viên); bạn chỉ xem được. Hãy để nguyên dòng này như khi tải mẫu.");
    expect({ plans: db.select().from(plans).all().length, audit: counts().audit }).toEqual(before);
    // Without the higher level's row, the ward's own plan saves.
    const own = rows.filter((r) => r.row !== 4);
    expect(await commitUpload({ unit, rows: own, scopeUnitCodes, planVersions, seen: {}, confirmed: false, userId: userId("badinh") })).toMatchObject({ ok: true, saved: 1 });
  });
});
