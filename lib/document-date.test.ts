import { describe, expect, it } from "vitest";
import { dayFromInput, fromDocumentDate, toDocumentDate } from "./document-date";

describe("dates as documents write them and as the database keeps them", () => {
  it("writes an ISO day as dd/mm/yyyy and reads it back", () => {
    expect(toDocumentDate("2024-01-19")).toBe("19/01/2024");
    expect(toDocumentDate(null)).toBeNull();
    expect(fromDocumentDate("19/01/2024")).toBe("2024-01-19");
    expect(fromDocumentDate("19-1-2024")).toBe("2024-01-19");
    expect(fromDocumentDate("31/02/2024")).toBeNull();
    expect(fromDocumentDate("01/19/2024")).toBeNull();
  });

  it("reads a day from a link (ISO) or as typed (day first), and nothing else", () => {
    expect(dayFromInput("2024-03-15")).toBe("2024-03-15");
    expect(dayFromInput(" 15/03/2024 ")).toBe("2024-03-15");
    expect(dayFromInput("2024-02-30")).toBeNull();
    expect(dayFromInput("2024-3-15")).toBeNull();
    expect(dayFromInput("03/15/2024")).toBeNull();
    expect(dayFromInput("")).toBeNull();
  });
});
