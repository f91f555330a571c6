import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { createClient, createOrganisation, createUser } from "../support/factories";

const root = path.resolve(import.meta.dirname, "../..");

describe("migrations", () => {
  it("agree with prisma/schema.prisma (drift check)", async () => {
    const { stdout } = await promisify(execFile)(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "scripts/migrate.ts"), "check"],
      {
        cwd: root,
        env: { ...process.env },
      },
    );
    expect(stdout).toContain("schema.prisma and prisma/migrations agree.");
  });
});

describe("rules the database enforces itself", () => {
  let organisationId: string;
  let advisorId: string;
  let clientId: string;
  let locationId: string;

  beforeAll(async () => {
    const { organisation, location } = await createOrganisation();
    organisationId = organisation.id;
    locationId = location.id;
    advisorId = (await createUser(organisationId, "ADVISOR")).id;
    clientId = (await createClient(organisationId)).id;
  });

  it("keeps PROGRAMME a user's only role", async () => {
    const { organisation } = await createOrganisation();
    await expect(createUser(organisation.id, ["PROGRAMME", "COORDINATOR"])).rejects.toThrow(
      /User_programme_role_alone/,
    );
    expect((await createUser(organisation.id, "PROGRAMME")).roles).toEqual(["PROGRAMME"]);
  });

  it("keeps the audit log append-only", async () => {
    await recordAudit({ organisationId, action: "test.event", access: "READ" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "test.event" } });
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: event.id, action: "test.event" } })).toBe(1);
  });

  it("refuses to close a case without an outcome", async () => {
    await expect(
      db.case.create({
        data: { organisationId, clientId, responsibleAdvisorId: advisorId, status: "CLOSED", closedAt: new Date() },
      }),
    ).rejects.toThrow(/Case_closed_has_outcome/);
    const closed = await db.case.create({
      data: {
        organisationId,
        clientId,
        responsibleAdvisorId: advisorId,
        status: "CLOSED",
        closedAt: new Date(),
        outcome: "SOLVED",
      },
    });
    expect(closed.outcome).toBe("SOLVED");
  });

  it("caps a slot at half an hour and lets one slot hold one visit only", async () => {
    const session = await db.session.create({
      data: {
        organisationId,
        locationId,
        startsAt: new Date("2026-12-01T09:00:00Z"),
        endsAt: new Date("2026-12-01T12:00:00Z"),
      },
    });
    await expect(
      db.slot.create({
        data: {
          organisationId,
          sessionId: session.id,
          advisorId,
          startsAt: new Date("2026-12-01T09:00:00Z"),
          endsAt: new Date("2026-12-01T09:45:00Z"),
        },
      }),
    ).rejects.toThrow(/Slot_at_most_half_hour/);
    const slot = await db.slot.create({
      data: {
        organisationId,
        sessionId: session.id,
        advisorId,
        startsAt: new Date("2026-12-01T09:00:00Z"),
        endsAt: new Date("2026-12-01T09:30:00Z"),
      },
    });
    const visit = {
      organisationId,
      locationId,
      sessionId: session.id,
      slotId: slot.id,
      clientId,
      kind: "WALK_IN" as const,
      status: "WAITING" as const,
    };
    await db.visit.create({ data: visit });
    await expect(db.visit.create({ data: visit })).rejects.toThrow(/Unique constraint/);
  });

  it("records a benefit with amount and beneficiary together, or neither", async () => {
    const dossier = await db.case.create({ data: { organisationId, clientId, responsibleAdvisorId: advisorId } });
    const base = { organisationId, caseId: dossier.id, recordedById: advisorId };
    await expect(
      db.costBenefitItem.create({ data: { ...base, category: "AVOIDED_LEGAL_AID", amountCents: 80_000 } }),
    ).rejects.toThrow(/CostBenefitItem_quantified/);
    await db.costBenefitItem.create({
      data: { ...base, category: "AVOIDED_LEGAL_AID", amountCents: 80_000, beneficiary: "GOVERNMENT" },
    });
    await db.costBenefitItem.create({ data: { ...base, category: "WELLBEING" } });
    expect(await db.costBenefitItem.count({ where: { caseId: dossier.id } })).toBe(2);
  });

  it("takes time back only through a correction", async () => {
    const base = {
      organisationId,
      userId: advisorId,
      enteredById: advisorId,
      kind: "AFTERCARE" as const,
      workedOn: new Date("2026-11-24"),
    };
    await expect(db.timeEntry.create({ data: { ...base, minutes: -30 } })).rejects.toThrow(/TimeEntry_minutes/);
    const entry = await db.timeEntry.create({ data: { ...base, minutes: 45 } });
    await db.timeEntry.create({ data: { ...base, minutes: -15, correctsId: entry.id } });
    const total = await db.timeEntry.aggregate({ where: { userId: advisorId }, _sum: { minutes: true } });
    expect(total._sum.minutes).toBe(30);
  });
});

describe("a warm handover needs consent, also in the database", () => {
  it("refuses a WARM referral without a consent row", async () => {
    const { organisation } = await createOrganisation();
    const client = await createClient(organisation.id);
    const partner = await db.partner.create({
      data: { organisationId: organisation.id, name: "Advocaat", type: "LAWYER" },
    });
    const base = {
      organisationId: organisation.id,
      direction: "OUT" as const,
      clientId: client.id,
      partnerId: partner.id,
      status: "SENT" as const,
    };
    await expect(db.referral.create({ data: { ...base, handover: "WARM" } })).rejects.toThrow(
      /Referral_warm_handover_needs_consent/,
    );
    const consent = await db.consent.create({
      data: {
        organisationId: organisation.id,
        clientId: client.id,
        purpose: "SHARE_WITH_PARTNER",
        givenAt: new Date(),
      },
    });
    await db.referral.create({ data: { ...base, handover: "WARM", consentId: consent.id } });
    await db.referral.create({ data: { ...base, handover: "INFORMATION_ONLY" } });
    expect(await db.referral.count({ where: { clientId: client.id } })).toBe(2);
  });
});
