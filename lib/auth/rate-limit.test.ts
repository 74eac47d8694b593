import { describe, expect, it } from "vitest";
import { isLocked, LOGIN_WINDOW_MS, withFailure, withoutFailure } from "./rate-limit";

describe("sign-in rate limiting", () => {
  it("locks a key after the allowed number of failures within the window", () => {
    let w = null as ReturnType<typeof withFailure> | null;
    for (let i = 0; i < 5; i++) {
      expect(isLocked(w, 1000 + i, 5)).toBe(false);
      w = withFailure(w, 1000 + i);
    }
    expect(w).toEqual({ windowStart: 1000, failures: 5 });
    expect(isLocked(w, 2000, 5)).toBe(true);
  });

  it("unlocks when the window has passed and starts counting afresh", () => {
    const w = { windowStart: 0, failures: 9 };
    expect(isLocked(w, LOGIN_WINDOW_MS - 1, 5)).toBe(true);
    expect(isLocked(w, LOGIN_WINDOW_MS, 5)).toBe(false);
    expect(withFailure(w, LOGIN_WINDOW_MS)).toEqual({ windowStart: LOGIN_WINDOW_MS, failures: 1 });
  });

  it("gives back one attempt within the window, and nothing once it has passed", () => {
    expect(withoutFailure({ windowStart: 0, failures: 3 }, 10)).toEqual({ windowStart: 0, failures: 2 });
    expect(withoutFailure({ windowStart: 0, failures: 0 }, 10)).toBeNull();
    expect(withoutFailure({ windowStart: 0, failures: 3 }, LOGIN_WINDOW_MS)).toBeNull();
    expect(withoutFailure(null, 10)).toBeNull();
  });
});
