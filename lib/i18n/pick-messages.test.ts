import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { pickMessages } from "./pick-messages";

describe("pickMessages", () => {
  const catalogue = { common: { period: { Q1: "Quý I", FY: "Cả năm" }, appName: "Chỉ tiêu" }, compare: { title: "So sánh" }, chart: { title: "Biểu đồ" } };

  it("keeps only the namespaces asked for, nested as in the catalogue", () => {
    expect(pickMessages(catalogue, ["compare", "common.period"])).toEqual({ compare: { title: "So sánh" }, common: { period: { Q1: "Quý I", FY: "Cả năm" } } });
  });

  it("merges namespaces that share a parent, and a single message", () => {
    expect(pickMessages(catalogue, ["common.period", "common.appName"])).toEqual({ common: catalogue.common });
  });

  it("refuses a namespace the catalogue does not have, so a typo fails at once instead of showing a key", () => {
    expect(() => pickMessages(catalogue, ["comapre"])).toThrow('No messages under "comapre"');
    expect(() => pickMessages(catalogue, ["common.period.Q9"])).toThrow();
  });

  it("is much smaller than the whole catalogue for a page's client components", () => {
    const size = (m: object) => JSON.stringify(m).length;
    const forCompareTable = pickMessages(MESSAGES.vi, ["compare", "common.figureStatus", "common.verdict", "common.points", "common.unitType"]);
    expect(size(forCompareTable)).toBeLessThan(size(MESSAGES.vi) / 5);
  });
});
