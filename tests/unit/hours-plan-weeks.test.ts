import { describe, expect, it } from "vitest";
import { planInWeek, type PlanChange } from "@/lib/time/hours-plan";

const changes: PlanChange[] = [
  { role: "ADVISOR", kind: "AFTERCARE", minutesPerWeek: 300, validFrom: "2026-09-07" },
  { role: "ADVISOR", kind: "CONSULTATION", minutesPerWeek: 480, validFrom: "2026-11-09" },
  { role: "COORDINATOR", kind: "MANAGEMENT", minutesPerWeek: 30, validFrom: "2026-11-09" },
];

describe("the plan of a week", () => {
  it("is the guide's before any setting of the library", () => {
    expect(planInWeek(changes, "2026-08-31")).toEqual({});
  });

  it("takes each setting from its week on, keeping the guide's minutes for the kinds a role did not set", () => {
    expect(planInWeek(changes, "2026-09-07")).toEqual({ ADVISOR: { CONSULTATION: 360, AFTERCARE: 300 } });
    expect(planInWeek(changes, "2026-11-02")).toEqual({ ADVISOR: { CONSULTATION: 360, AFTERCARE: 300 } });
    expect(planInWeek(changes, "2026-11-09")).toEqual({
      ADVISOR: { CONSULTATION: 480, AFTERCARE: 300 },
      COORDINATOR: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 30 },
    });
  });

  it("lets a later setting of the same role and kind replace an earlier one from its week", () => {
    const later = [
      ...changes,
      { role: "ADVISOR", kind: "AFTERCARE", minutesPerWeek: 240, validFrom: "2026-12-07" } as const,
    ];
    expect(planInWeek(later, "2026-11-30").ADVISOR?.AFTERCARE).toBe(300);
    expect(planInWeek(later, "2026-12-07").ADVISOR?.AFTERCARE).toBe(240);
  });
});
