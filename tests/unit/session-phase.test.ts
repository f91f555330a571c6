import { describe, expect, it } from "vitest";
import { amsterdamMoment } from "@/lib/dates";
import { sessionPhase } from "@/lib/schedule/session-phase";

// Thursday 3 December 2026, 10:00–13:00 in Amsterdam: the quiet morning nobody came to.
const thursday = {
  status: "PLANNED" as const,
  startsAt: amsterdamMoment("2026-12-03", 600),
  endsAt: amsterdamMoment("2026-12-03", 780),
};

describe("the phase of a session", () => {
  it("is planned before it starts, running while it runs, and held from its end, visitors or not", () => {
    expect(sessionPhase(thursday, amsterdamMoment("2026-12-03", 599))).toBe("PLANNED");
    expect(sessionPhase(thursday, amsterdamMoment("2026-12-03", 600))).toBe("RUNNING");
    expect(sessionPhase(thursday, amsterdamMoment("2026-12-03", 779))).toBe("RUNNING");
    expect(sessionPhase(thursday, amsterdamMoment("2026-12-03", 780))).toBe("HELD");
    expect(sessionPhase(thursday, amsterdamMoment("2026-12-03", 19 * 60 + 40))).toBe("HELD");
  });

  it("stays cancelled, before and after its time", () => {
    const cancelled = { ...thursday, status: "CANCELLED" as const };
    expect(sessionPhase(cancelled, amsterdamMoment("2026-12-02", 600))).toBe("CANCELLED");
    expect(sessionPhase(cancelled, amsterdamMoment("2026-12-04", 600))).toBe("CANCELLED");
  });
});
