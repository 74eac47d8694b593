import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateTime, isoDateInZone, isoDateTimeInZone, VIETNAM_TIME_ZONE } from "./date-time";
import { dateInVietnam } from "./print-params";

const vn = { timeZone: VIETNAM_TIME_ZONE };
// 17:30:05 UTC on 19 January is 00:30:05 on 20 January in Vietnam (UTC+7).
const nearMidnight = Date.UTC(2024, 0, 19, 17, 30, 5);

describe("a date-time as an official reads it", () => {
  it("is Vietnam's date and time, the next day for a UTC evening, in Vietnamese", () => {
    expect(formatDateTime(nearMidnight, "date", { locale: "vi", ...vn })).toBe("20/01/2024");
    expect(formatDateTime(nearMidnight, "dateTime", { locale: "vi", ...vn })).toBe("00:30 20/01/2024");
    expect(formatDateTime(new Date(nearMidnight), "dateTimeSeconds", { locale: "vi", ...vn })).toBe("00:30:05 20/01/2024");
  });

  it("is Vietnam's date and time in English too, day first", () => {
    expect(formatDateTime(nearMidnight, "date", { locale: "en", ...vn })).toBe("20/01/2024");
    expect(formatDateTime(nearMidnight, "dateTime", { locale: "en", ...vn })).toBe("20/01/2024, 00:30");
    expect(formatDateTime(nearMidnight, "dateTimeSeconds", { locale: "en", ...vn })).toBe("20/01/2024, 00:30:05");
  });

  it("follows the time zone it is given, not the server's", () => {
    expect(formatDateTime(nearMidnight, "dateTime", { locale: "vi", timeZone: "UTC" })).toBe("17:30 19/01/2024");
    expect(formatDateTime(Date.UTC(2024, 11, 31, 16, 59), "date", { locale: "vi", ...vn })).toBe("31/12/2024");
    expect(formatDateTime(Date.UTC(2024, 11, 31, 17, 0), "date", { locale: "vi", ...vn })).toBe("01/01/2025");
  });
});

describe("a date-time in a file", () => {
  it("is ISO 8601 with Vietnam's offset", () => {
    expect(isoDateTimeInZone(nearMidnight, VIETNAM_TIME_ZONE)).toBe("2024-01-20T00:30:05+07:00");
    expect(isoDateTimeInZone(nearMidnight, "UTC")).toBe("2024-01-19T17:30:05+00:00");
    expect(isoDateTimeInZone(Date.UTC(2024, 6, 1, 12), "America/New_York")).toBe("2024-07-01T08:00:00-04:00");
    expect(isoDateInZone(nearMidnight, VIETNAM_TIME_ZONE)).toBe("2024-01-20");
  });

  it("names the same instant it was given", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(VIETNAM_TIME_ZONE, "UTC", "Europe/London", "America/New_York"), (ms, zone) => {
        expect(Date.parse(isoDateTimeInZone(ms, zone))).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });

  it("dates a printed report by Vietnam's calendar", () => {
    expect(dateInVietnam(new Date(Date.UTC(2025, 5, 30, 16, 59, 59)))).toBe("2025-06-30");
    expect(dateInVietnam(new Date(Date.UTC(2025, 5, 30, 17)))).toBe("2025-07-01");
  });
});
