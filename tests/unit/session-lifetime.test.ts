import { describe, expect, it } from "vitest";
import {
  ACTIVITY_RENEWAL_SECONDS,
  IDLE_TIMEOUT_MINUTES,
  remainingSeconds,
  SESSION_MAX_AGE_SECONDS,
  sessionState,
  sessionTimesOf,
} from "@/lib/auth/session-lifetime";

const loginAt = Date.UTC(2026, 10, 30, 8, 30);
const minutes = (n: number) => n * 60_000;

describe("session lifetime", () => {
  it("is a working day of 10 hours with a 30-minute idle limit (ASVS 3.3.2, level 2)", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(10 * 3600);
    expect(IDLE_TIMEOUT_MINUTES).toBe(30);
  });

  it("is current right after login, asks for renewal after a minute, and ends after 30 idle minutes", () => {
    expect(sessionState({ loginAt, lastSeenAt: loginAt }, loginAt + 1000)).toBe("current");
    expect(sessionState({ loginAt, lastSeenAt: loginAt }, loginAt + (ACTIVITY_RENEWAL_SECONDS + 1) * 1000)).toBe(
      "renew",
    );
    expect(sessionState({ loginAt, lastSeenAt: loginAt }, loginAt + minutes(30))).toBe("renew");
    expect(sessionState({ loginAt, lastSeenAt: loginAt }, loginAt + minutes(30) + 1)).toBe("ended");
  });

  it("ends after 10 hours however active the user is: then they log in again", () => {
    const busy = loginAt + minutes(10 * 60) - 1000;
    expect(sessionState({ loginAt, lastSeenAt: busy }, busy + 500)).toBe("current");
    expect(sessionState({ loginAt, lastSeenAt: busy }, loginAt + minutes(10 * 60) + 1)).toBe("ended");
  });

  it("renews the cookie only for what is left of the day", () => {
    expect(remainingSeconds(loginAt, loginAt + minutes(60))).toBe(9 * 3600);
    expect(remainingSeconds(loginAt, loginAt + minutes(11 * 60))).toBe(0);
  });

  it("treats a cookie without the login moments (an older version's) as no session", () => {
    expect(sessionTimesOf({ sub: "u1" })).toBeNull();
    expect(sessionTimesOf(null)).toBeNull();
    expect(sessionTimesOf({ loginAt, lastSeenAt: loginAt })).toEqual({ loginAt, lastSeenAt: loginAt });
  });
});
