import { describe, expect, it } from "vitest";
import { navigationFor, NAVIGATION } from "@/lib/auth/navigation";
import { byRoleThenName, homePath, orderedRoles } from "@/lib/auth/roles";
import { staffFormat } from "@/lib/format/staff-format";
import { loggableKinds, planOf } from "@/lib/time/plan";

describe("a person with several roles", () => {
  it("lands on the page of their daily work with clients first", () => {
    expect(homePath(["COORDINATOR", "ADVISOR"])).toBe("/dossiers");
    expect(homePath(["COORDINATOR", "HOST"])).toBe("/balie");
    expect(homePath(["ADMIN", "COORDINATOR"])).toBe("/rapportages");
    expect(homePath(["ADMIN"])).toBe("/beheer");
  });

  it("sees the union of their menus, first role first, each page once", () => {
    const menu = navigationFor(["COORDINATOR", "ADVISOR"]).map((item) => item.href);
    expect(menu.slice(0, NAVIGATION.ADVISOR.length)).toEqual(NAVIGATION.ADVISOR.map((item) => item.href));
    expect(new Set(menu)).toEqual(new Set([...NAVIGATION.ADVISOR, ...NAVIGATION.COORDINATOR].map((item) => item.href)));
    expect(menu).toHaveLength(new Set(menu).size);
    expect(navigationFor(["HOST"])).toEqual(NAVIGATION.HOST);
  });

  it("is named with every role, the advisor's kind beside the advisor", () => {
    expect(staffFormat("nl").roles(["COORDINATOR", "ADVISOR"], "VOLUNTEER")).toBe(
      "Adviseur (Vrijwilliger) en Coördinator",
    );
    expect(staffFormat("en").roles(["HOST", "COORDINATOR"])).toBe("Host and Coordinator");
    expect(staffFormat("nl").roles(["ADVISOR"], "PROFESSIONAL", "comma")).toBe("Adviseur, Professional");
    expect(orderedRoles(["ADMIN", "HOST", "HOST"])).toEqual(["HOST", "ADMIN"]);
  });

  it("writes the hours any of their roles may, and is held against both roles' plans", () => {
    expect(loggableKinds(["HOST", "COORDINATOR"])).toEqual(["COORDINATION", "COMMUNICATION", "MANAGEMENT"]);
    expect(loggableKinds(["ADVISOR", "COORDINATOR"])).toEqual([
      "CONSULTATION",
      "AFTERCARE",
      "COORDINATION",
      "COMMUNICATION",
      "MANAGEMENT",
    ]);
    expect(planOf(["ADVISOR", "COORDINATOR"])).toEqual({
      CONSULTATION: 360,
      AFTERCARE: 180,
      COORDINATION: 180,
      COMMUNICATION: 60,
      MANAGEMENT: 18,
    });
    expect(planOf(["HOST"])).toEqual({});
  });

  it("is listed by their first role, then by name", () => {
    const people = [
      { name: "Bea", roles: ["COORDINATOR" as const] },
      { name: "Anne", roles: ["HOST" as const, "COORDINATOR" as const] },
      { name: "Cor", roles: ["ADVISOR" as const] },
    ];
    expect([...people].sort(byRoleThenName).map((person) => person.name)).toEqual(["Cor", "Anne", "Bea"]);
  });
});
