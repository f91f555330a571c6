import { recordAudit } from "@/lib/audit";
import { scopedToOrganisation } from "@/lib/auth/guard";
import { CREDENTIAL_ROLES } from "@/lib/auth/policy";
import { dateColumn } from "@/lib/dates";
import { db } from "@/lib/db";
import { ok, Refusal } from "@/lib/result";
import { defineUseCase } from "@/lib/use-case";
import { credentialRefSchema, recordCredentialSchema } from "./schema";

/** A registration, insurance or training of one of the organisation's advisors, with its last valid day. */
export const recordCredential = defineUseCase({
  name: "credentials.recordCredential",
  roles: CREDENTIAL_ROLES,
  input: recordCredentialSchema,
  run: (actor, { userId, kind, description, validUntil }) =>
    db.$transaction(async (tx) => {
      const advisor = await tx.user.findFirst({
        where: { id: userId, ...scopedToOrganisation(actor), roles: { has: "ADVISOR" } },
        select: { id: true },
      });
      if (!advisor)
        throw new Refusal("refusals.credentials.advisorNotFound", { userId: ["refusals.credentials.advisorNotFound"] });
      const credential = await tx.advisorCredential.create({
        data: { ...scopedToOrganisation(actor), userId, kind, description, validUntil: dateColumn(validUntil) },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "credential.record",
          access: "WRITE",
          entityType: "User",
          entityId: userId,
          details: { credentialId: credential.id, kind, description, validUntil },
        },
        tx,
      );
      return ok({ credentialId: credential.id });
    }),
});

/** A credential entered by mistake, or replaced by a renewed one. */
export const removeCredential = defineUseCase({
  name: "credentials.removeCredential",
  roles: CREDENTIAL_ROLES,
  input: credentialRefSchema,
  run: (actor, { credentialId }) =>
    db.$transaction(async (tx) => {
      const credential = await tx.advisorCredential.findFirst({
        where: { id: credentialId, ...scopedToOrganisation(actor) },
        select: { id: true, userId: true, kind: true, description: true },
      });
      if (!credential) throw new Refusal("refusals.credentials.notFound");
      await tx.advisorCredential.delete({ where: { id: credential.id } });
      await recordAudit(
        {
          actor,
          action: "credential.remove",
          access: "WRITE",
          entityType: "User",
          entityId: credential.userId,
          details: { credentialId, kind: credential.kind, description: credential.description },
        },
        tx,
      );
      return ok({ credentialId });
    }),
});
