import { recordAudit } from "@/lib/audit";
import { CASE_ROLES } from "@/lib/auth/policy";
import { amsterdamDay, dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, refuse } from "@/lib/result";
import { claimSubmission, recordSubmission } from "@/lib/submissions";
import { defineUseCase } from "@/lib/use-case";
import { CASE_NOT_FOUND, readableCases } from "./access";
import { dossierContactSchema } from "./schema";

/**
 * The client phoned or mailed the advisor, or came to the office, between consultation hours.
 * The contact goes in the dossier and counts like a visit in the figures; its minutes are the
 * advisor's consultation time, so the hours report and the cost-benefit analysis see the work.
 */
export const recordDossierContact = defineUseCase({
  name: "cases.recordDossierContact",
  roles: CASE_ROLES,
  input: dossierContactSchema,
  idempotent: true,
  run: async (actor, input, { now, submission }) => {
    const occurredOn = input.occurredOn ?? amsterdamDay(now);
    if (occurredOn > amsterdamDay(now)) return refuse(INVALID_DAY, { occurredOn: [INVALID_DAY] });
    return db.$transaction(async (tx) => {
      await claimSubmission(tx, submission);
      const dossier = await tx.case.findFirst({
        where: { ...readableCases(actor), id: input.caseId, kind: "DOSSIER" },
        select: { id: true, clientId: true, status: true },
      });
      if (!dossier) return refuse(CASE_NOT_FOUND);
      // After closing, the dossier is reopened first: a closed one stays as it was closed.
      if (dossier.status === "CLOSED") return refuse("refusals.cases.contactCaseClosed");
      const contact = await tx.dossierContact.create({
        data: {
          organisationId: actor.organisationId,
          caseId: dossier.id,
          channel: input.channel,
          occurredOn: dateColumn(occurredOn),
          minutes: input.minutes,
          note: input.note ?? null,
          advisorId: actor.userId,
        },
        select: { id: true },
      });
      await tx.timeEntry.create({
        data: {
          organisationId: actor.organisationId,
          userId: actor.userId,
          enteredById: actor.userId,
          caseId: dossier.id,
          kind: "CONSULTATION",
          minutes: input.minutes,
          workedOn: dateColumn(occurredOn),
          dossierContactId: contact.id,
        },
      });
      await recordAudit(
        {
          actor,
          action: "case.contact",
          access: "WRITE",
          entityType: "DossierContact",
          entityId: contact.id,
          clientId: dossier.clientId,
          details: { channel: input.channel, minutes: input.minutes },
        },
        tx,
      );
      return ok(await recordSubmission(tx, submission, { contactId: contact.id }));
    });
  },
});

const INVALID_DAY = "refusals.cases.contactInFuture";
