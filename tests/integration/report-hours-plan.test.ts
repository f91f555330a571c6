import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHoursReport } from "@/lib/reports/hours";
import { organisationPlanChanges, planInWeek, setHoursPlan } from "@/lib/time/hours-plan";
import { actorOf, createOrganisation, createUser } from "../support/factories";

const NOW = new Date("2026-11-25T12:00:00Z");
/** The library's plan in the week of NOW (Monday 23 November). */
const planNow = async (organisationId: string) =>
  planInWeek(await organisationPlanChanges(organisationId), "2026-11-23");

describe("a library's own weekly plan", () => {
  it("replaces the guide's plan for the kinds it sets, in hours with a comma, audited", async () => {
    const { organisation } = await createOrganisation();
    const coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
    await createUser(organisation.id, "ADVISOR");
    expect(await setHoursPlan(coordinator, { role: "ADVISOR", kind: "AFTERCARE", hours: "5" }, { now: NOW })).toEqual({
      ok: true,
      value: { minutesPerWeek: 300, validFrom: "2026-11-23" },
    });
    expect(
      await setHoursPlan(
        coordinator,
        { role: "COORDINATOR", kind: "MANAGEMENT", hours: "0,5", validFrom: "" },
        { now: NOW },
      ),
    ).toEqual({
      ok: true,
      value: { minutesPerWeek: 30, validFrom: "2026-11-23" },
    });
    expect(await planNow(organisation.id)).toEqual({
      ADVISOR: { CONSULTATION: 360, AFTERCARE: 300 },
      COORDINATOR: { COORDINATION: 180, COMMUNICATION: 60, MANAGEMENT: 30 },
    });

    const report = await getHoursReport(coordinator, {}, { now: NOW });
    expect(report.plan.ADVISOR).toEqual({ CONSULTATION: 360, AFTERCARE: 300 });
    const advisorRow = report.people.find((person) => person.roles.includes("ADVISOR"))!;
    expect(advisorRow.plannedTotal).toBe(660);
    expect(
      await db.auditEvent.findFirst({
        where: { action: "hours_plan.set", actorId: coordinator.userId },
        orderBy: { id: "asc" },
      }),
    ).toMatchObject({
      details: { role: "ADVISOR", kind: "AFTERCARE", validFrom: "2026-11-23", from: 180, to: 300 },
    });
  });

  it("is the library's own: another library keeps the guide's plan; only the coordinator sets it", async () => {
    const a = await createOrganisation();
    const b = await createOrganisation();
    const coordinatorA = actorOf(await createUser(a.organisation.id, "COORDINATOR"));
    const advisorA = actorOf(await createUser(a.organisation.id, "ADVISOR"));
    await setHoursPlan(coordinatorA, { role: "ADVISOR", kind: "CONSULTATION", hours: "4" }, { now: NOW });
    expect(await planNow(b.organisation.id)).toEqual({});
    expect(await setHoursPlan(advisorA, { role: "ADVISOR", kind: "CONSULTATION", hours: "9" }, { now: NOW })).toEqual({
      ok: false,
      error: "refusals.auth.forbidden",
    });
    for (const hours of ["", "veel", "41", "1,234", "-2"]) {
      expect(
        (await setHoursPlan(coordinatorA, { role: "ADVISOR", kind: "CONSULTATION", hours }, { now: NOW })).ok,
      ).toBe(false);
    }
    expect((await planNow(a.organisation.id)).ADVISOR?.CONSULTATION).toBe(240);
  });
});
