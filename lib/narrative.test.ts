import { describe, expect, it } from "vitest";
import { indicatorSentence, narrativeSections, notAchieved, samePeriodPhrase, summarySentence } from "./narrative";
import { buildUnitReport, type ActualFigure, type IndicatorDef, type PlanFigure } from "./report";
import { reportLines, type ReportIndicatorLine } from "./spreadsheet/report-rows";

const ind = (id: number, code: string, nameVi: string, over: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id, code, nameVi, nameEn: code, group: "economy", measureVi: "tỷ đồng", measureEn: "billion VND", direction: "higher",
  timeBehaviour: "flow", aggregation: "sum", kind: "amount", baseIndicatorId: null, weightIndicatorId: null, decimals: 0, sortOrder: id, ...over,
});
const plan = (indicatorId: number, value: number, over: Partial<PlanFigure> = {}): PlanFigure => ({
  indicatorId, version: "council", comparator: "gte", value, valueMax: null, source: "document", documentNumber: null, documentDate: null, ...over,
});
const fig = (indicatorId: number, year: number, value: number, over: Partial<ActualFigure> = {}): ActualFigure => ({
  indicatorId, year, period: "FY", value, numerator: null, denominator: null, statedValue: null, status: "official", source: "document", ...over,
});

const GTSX = ind(1, "GTSX", "Giá trị sản xuất");
const POVERTY = ind(2, "HO_NGHEO", "Tỷ lệ hộ nghèo", { measureVi: "%", direction: "lower", timeBehaviour: "level", aggregation: "share", kind: "ratio", decimals: 2, group: "culture_society" });
const GROWTH = ind(3, "GTSX_TANG", "Tốc độ tăng giá trị sản xuất", { measureVi: "%", timeBehaviour: "level", aggregation: "none", kind: "growth", baseIndicatorId: 1, decimals: 1 });
const WARDS = ind(4, "ATTP", "Số phường đạt ATTP nâng cao", { measureVi: "phường", kind: "count", group: "culture_society" });
const ANTT = ind(5, "ANTT", "Tỷ lệ khu dân cư đạt chuẩn ANTT", { measureVi: "%", kind: "ratio", timeBehaviour: "level", aggregation: "share", group: "defence_security" });
const REVENUE = ind(6, "THU_NS", "Thu ngân sách", { decimals: 3 });

function lines(plans: PlanFigure[], actuals: ActualFigure[], indicators = [GTSX, POVERTY, GROWTH, WARDS, ANTT, REVENUE]) {
  return reportLines(buildUnitReport({ indicators, plans, actuals, year: 2024, period: "FY" }));
}
const line = (all: ReturnType<typeof lines>, code: string) => all.find((l): l is ReportIndicatorLine => l.kind === "indicator" && l.indicator.code === code)!;

describe("the narrative report's sentences", () => {
  const all = lines(
    [plan(1, 18964), plan(1, 18000, { version: "higher_level" }), plan(2, 0.2, { comparator: "lte" }), plan(3, 12.4), plan(4, 2), plan(5, 85), plan(6, 41.67)],
    [
      fig(1, 2024, 18477, { status: "estimate" }),
      fig(1, 2023, 16526),
      fig(2, 2024, 0.2),
      fig(4, 2024, 2),
      fig(5, 2024, 80, { numerator: 8, denominator: 10 }),
      fig(6, 2024, 41.795),
      fig(6, 2023, 45),
    ],
  );

  it("states an estimated amount as a share of both plans and against the same period, in vi-VN numbers", () => {
    expect(indicatorSentence(line(all, "GTSX"), "FY")).toBe(
      "Giá trị sản xuất ước đạt 18.477 tỷ đồng, bằng 97,4% kế hoạch HĐND giao, bằng 102,7% kế hoạch cấp trên giao, không đạt kế hoạch, tăng 11,8% so với cùng kỳ.",
    );
  });

  it("states an official amount with 'đạt', a fall against the same period with 'giảm', and an exceeded plan", () => {
    expect(indicatorSentence(line(all, "THU_NS"), "FY")).toBe("Thu ngân sách đạt 41,795 tỷ đồng, bằng 100,3% kế hoạch HĐND giao, vượt kế hoạch, giảm 7,1% so với cùng kỳ.");
  });

  it("states a ceiling met in its own words: the rate 'còn', 'đạt chỉ tiêu ≤ 0,2%'", () => {
    expect(indicatorSentence(line(all, "HO_NGHEO"), "FY")).toBe("Tỷ lệ hộ nghèo còn 0,20%, đạt chỉ tiêu ≤ 0,2%.");
  });

  it("states a ceiling missed and an estimated one", () => {
    const missed = lines([plan(2, 0.2, { comparator: "lte" })], [fig(2, 2024, 0.35, { status: "estimate" })], [POVERTY]);
    expect(indicatorSentence(line(missed, "HO_NGHEO"), "FY")).toBe("Tỷ lệ hộ nghèo ước còn 0,35%, không đạt chỉ tiêu ≤ 0,2%.");
  });

  it("states a growth rate against its target, derived from its base, without a same-period change of a rate", () => {
    expect(indicatorSentence(line(all, "GTSX_TANG"), "FY")).toBe("Tốc độ tăng giá trị sản xuất ước đạt 11,8%, không đạt chỉ tiêu ≥ 12,4%.");
  });

  it("states a rate of areas and a count of new things", () => {
    expect(indicatorSentence(line(all, "ANTT"), "FY")).toBe("Tỷ lệ khu dân cư đạt chuẩn ANTT đạt 80%, không đạt chỉ tiêu ≥ 85%.");
    expect(indicatorSentence(line(all, "ATTP"), "FY")).toBe("Số phường đạt ATTP nâng cao đạt 2 phường, bằng 100,0% kế hoạch HĐND giao.");
  });

  it("says a figure is still missing, naming the period", () => {
    const none = lines([plan(1, 18964)], [], [GTSX]);
    expect(indicatorSentence(line(none, "GTSX"), "H1")).toBe("Giá trị sản xuất: chưa có số liệu 6 tháng.");
  });

  it("says an amount ahead of its pace mid-year in progress words, not the year's verdict", () => {
    const h1 = reportLines(buildUnitReport({ indicators: [GTSX], plans: [plan(1, 18964)], actuals: [fig(1, 2024, 10500, { period: "H1" }), fig(1, 2023, 9000, { period: "H1" }), fig(1, 2023, 17000)], year: 2024, period: "H1" }));
    expect(line(h1, "GTSX").status).toBe("exceeded");
    expect(indicatorSentence(line(h1, "GTSX"), "H1")).toBe("Giá trị sản xuất đạt 10.500 tỷ đồng, bằng 55,4% kế hoạch HĐND giao, vượt tiến độ thực hiện kế hoạch, tăng 16,7% so với cùng kỳ.");
  });

  it("words the change against the same period", () => {
    expect(samePeriodPhrase(111.84)).toBe("tăng 11,8% so với cùng kỳ");
    expect(samePeriodPhrase(97)).toBe("giảm 3,0% so với cùng kỳ");
    expect(samePeriodPhrase(100.01)).toBe("bằng cùng kỳ");
    expect(samePeriodPhrase(null)).toBeNull();
  });

  it("names the indicators not achieved first, in a summary, and a sentence per indicator per group", () => {
    expect(notAchieved(all).map((l) => l.indicator.code)).toEqual(["GTSX", "GTSX_TANG", "ANTT"]);
    expect(summarySentence(all, "FY")).toBe("Có 3/6 chỉ tiêu không đạt kế hoạch: Giá trị sản xuất (97,4% KH); Tốc độ tăng giá trị sản xuất (95,2% KH); Tỷ lệ khu dân cư đạt chuẩn ANTT (94,1% KH).");
    expect(summarySentence(all, "M9")).toBe("Có 3/6 chỉ tiêu chậm tiến độ: Giá trị sản xuất; Tốc độ tăng giá trị sản xuất; Tỷ lệ khu dân cư đạt chuẩn ANTT.");
    const achieved = lines([plan(2, 0.2, { comparator: "lte" })], [fig(2, 2024, 0.2)], [POVERTY]);
    expect(summarySentence(achieved, "FY")).toBe("Cả 1/1 chỉ tiêu có số liệu đều đạt hoặc vượt kế hoạch.");
    expect(summarySentence(achieved, "H1")).toBe("Cả 1/1 chỉ tiêu có số liệu đều đạt hoặc vượt tiến độ.");
    expect(summarySentence(lines([plan(1, 1)], [], [GTSX]), "FY")).toBe("Chưa có chỉ tiêu nào đủ số liệu để đánh giá.");
    const sections = narrativeSections(all, "FY");
    expect(sections.map((s) => [s.number, s.sentences.length])).toEqual([["I", 3], ["II", 2], ["III", 1]]);
  });
});
