import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { countCredentialWarnings, listAdvisorCredentials } from "@/lib/credentials/queries";
import { recordCredential, removeCredential } from "@/lib/credentials/record-credential";
import { db } from "@/lib/db";
import { actorOf, createOrganisation, createUser } from "../support/factories";

// Wednesday 2 December 2026, late evening in Amsterdam: the Amsterdam day, not the UTC one, counts.
const NOW = new Date("2026-12-02T23:30:00Z");
let coordinator: Actor;
let advisor: { id: string };
let organisationId: string;

beforeEach(async () => {
  const { organisation } = await createOrganisation();
  organisationId = organisation.id;
  coordinator = actorOf(await createUser(organisation.id, "COORDINATOR"));
  advisor = await createUser(organisation.id, "ADVISOR");
});

const record = (validUntil: string, userId = advisor.id) =>
  recordCredential(
    coordinator,
    { userId, kind: "REGISTER", description: "Register Sociaal Werkers", validUntil },
    { now: NOW },
  );

describe("advisor credentials", () => {
  it("are flagged a month before they run out, and as run out the day after their last day", async () => {
    for (const day of ["2026-12-02", "2026-12-03", "2027-01-03", "2027-01-04"])
      expect(await record(day)).toMatchObject({ ok: true });
    const [listed] = await listAdvisorCredentials(coordinator, NOW);
    // 23:30 UTC on 2 December is 3 December in Amsterdam.
    expect(listed.credentials.map((credential) => [credential.validUntil, credential.status])).toEqual([
      ["2026-12-02", "expired"],
      ["2026-12-03", "expiring"],
      ["2027-01-03", "expiring"],
      ["2027-01-04", "valid"],
    ]);
    expect(await countCredentialWarnings(coordinator, NOW)).toBe(3);
  });

  it("of an advisor who left no longer warn", async () => {
    await record("2026-12-10");
    await db.user.update({ where: { id: advisor.id }, data: { active: false } });
    expect(await countCredentialWarnings(coordinator, NOW)).toBe(0);
  });

  it("are only for advisors of the own organisation, with a real day", async () => {
    const host = await createUser(organisationId, "HOST");
    expect(await record("2027-01-01", host.id)).toMatchObject({
      ok: false,
      error: "refusals.credentials.advisorNotFound",
    });
    const other = await createOrganisation();
    const foreign = await createUser(other.organisation.id, "ADVISOR");
    expect(await record("2027-01-01", foreign.id)).toMatchObject({
      ok: false,
      error: "refusals.credentials.advisorNotFound",
    });
    expect(await record("2027-02-30")).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: ["refusals.common.dayNotReal"] },
    });
    expect(await db.advisorCredential.count({ where: { organisationId } })).toBe(0);
  });

  it("can be removed, and that is audited", async () => {
    const recorded = await record("2027-05-01");
    if (!recorded.ok) throw new Error(JSON.stringify(recorded));
    expect(await removeCredential(coordinator, recorded.value, { now: NOW })).toMatchObject({ ok: true });
    expect(await db.advisorCredential.count({ where: { organisationId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: advisor.id, action: { startsWith: "credential." } } })).toBe(
      2,
    );
  });
});
