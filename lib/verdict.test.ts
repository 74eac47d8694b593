import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { PERIODS } from "./domain";
import { MESSAGES } from "./i18n/messages";
import { VERDICTS, verdictExplanationKey, verdictLabel, verdictStage, worstStatus } from "./verdict";

const viTyped = createTranslator({ locale: "vi", messages: MESSAGES.vi });
const enTyped = createTranslator({ locale: "en", messages: MESSAGES.en });
const vi = (key: string) => viTyped(key as never);
const en = (key: string) => enTyped(key as never);

describe("verdict words", () => {
  it("judge progress before Cả năm and the plan at Cả năm", () => {
    expect(["Q1", "H1", "M9"].map((p) => verdictStage(p as "Q1"))).toEqual(["progress", "progress", "progress"]);
    expect(verdictStage("FY")).toBe("final");
    const words = (t: (k: string) => string, period: "H1" | "FY") => VERDICTS.map((v) => verdictLabel(t, v, period));
    expect(words(vi, "H1")).toEqual(["Vượt tiến độ", "Đạt tiến độ", "Chậm tiến độ", "Chưa báo cáo"]);
    expect(words(vi, "FY")).toEqual(["Vượt kế hoạch", "Đạt kế hoạch", "Không đạt kế hoạch", "Chưa báo cáo"]);
    expect(words(en, "H1")).toEqual(["Ahead of schedule", "On schedule", "Behind schedule", "Not reported"]);
    expect(words(en, "FY")).toEqual(["Plan exceeded", "Plan achieved", "Plan not achieved", "Not reported"]);
  });

  it("every verdict of every period has an explanation in both languages", () => {
    for (const period of PERIODS) {
      for (const v of VERDICTS) {
        const key = verdictExplanationKey(v, period);
        expect(vi(key)).not.toBe(key);
        expect(en(key)).not.toBe(key);
        expect(vi(key).length).toBeGreaterThan(10);
      }
    }
  });

  it("one word for a unit is the worst among its reported indicators", () => {
    expect(worstStatus(["exceeded", "exceeded", "exceeded", "not_achieved"])).toBe("not_achieved");
    expect(worstStatus(["exceeded", "achieved"])).toBe("achieved");
    expect(worstStatus([])).toBeNull();
  });
});
