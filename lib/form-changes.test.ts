import { describe, expect, it } from "vitest";
import { untouchedIds } from "./form-changes";

const name = (field: string, id: number) => `${field}.${id}`;
const fields = ["value", "status", "note"];

describe("untouchedIds", () => {
  const loaded = { "value.1": "10.970", "status.1": "estimate", "note.1": "", "value.2": "", "status.2": "estimate", "note.2": "" };

  it("names a figure left as loaded, and not a changed one", () => {
    const current = { ...loaded, "value.1": "11.000" };
    expect(untouchedIds({ ids: [1, 2], fields, name, loaded, current })).toEqual([2]);
  });

  it("counts a change of status or note alone as a change of the figure", () => {
    expect(untouchedIds({ ids: [1], fields, name, loaded, current: { ...loaded, "status.1": "official" } })).toEqual([]);
    expect(untouchedIds({ ids: [1], fields, name, loaded, current: { ...loaded, "note.1": "theo báo cáo" } })).toEqual([]);
  });

  it("treats an input typed over and back as untouched", () => {
    expect(untouchedIds({ ids: [1], fields, name, loaded, current: { ...loaded, "value.1": "10.970" } })).toEqual([1]);
  });

  it("treats a missing input as empty", () => {
    expect(untouchedIds({ ids: [2], fields, name, loaded: {}, current: { "value.2": "" } })).toEqual([2]);
  });
});
