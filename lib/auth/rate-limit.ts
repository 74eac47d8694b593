// Sign-in rate limiting: failures are counted per key (a username, a client address) in a fixed
// window; a key with too many failures is refused until its window ends. Pure: the caller passes the clock.

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per username and per client address within one window. */
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface AttemptWindow {
  windowStart: number;
  failures: number;
}

function current(window: AttemptWindow | null, now: number, windowMs: number): AttemptWindow | null {
  return window && now - window.windowStart < windowMs ? window : null;
}

export function isLocked(window: AttemptWindow | null, now: number, maxFailures: number, windowMs = LOGIN_WINDOW_MS): boolean {
  return (current(window, now, windowMs)?.failures ?? 0) >= maxFailures;
}

/** The window after one more failure: a new window when the old one has ended. */
export function withFailure(window: AttemptWindow | null, now: number, windowMs = LOGIN_WINDOW_MS): AttemptWindow {
  const open = current(window, now, windowMs);
  return open ? { windowStart: open.windowStart, failures: open.failures + 1 } : { windowStart: now, failures: 1 };
}

/** The window with one failure fewer (an attempt that turned out right); null when there is nothing to give back. */
export function withoutFailure(window: AttemptWindow | null, now: number, windowMs = LOGIN_WINDOW_MS): AttemptWindow | null {
  const open = current(window, now, windowMs);
  return open && open.failures > 0 ? { windowStart: open.windowStart, failures: open.failures - 1 } : null;
}
