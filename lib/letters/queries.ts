import type { Actor } from "@/lib/auth/actor";
import { auditCaseRead, readableCases } from "@/lib/cases/access";
import { db } from "@/lib/db";

/**
 * What the letter form starts from: the client's name, the dossier's question as a reminder, the
 * other party's address block (from the coordinator's list, or the typed name alone), and the town
 * of the library where the client was last seen as the place of writing. Reading it is
 * audited like opening the dossier, also when it is not found.
 */
export async function getLetterContext(actor: Actor | null, caseId: string) {
  const where = readableCases(actor);
  const advisor = actor as Actor;
  const dossier = await db.case.findFirst({
    where: { ...where, id: caseId },
    select: {
      id: true,
      status: true,
      question: true,
      otherPartyName: true,
      otherParty: { select: { name: true, department: true, postalAddress: true, postcodeTown: true } },
      client: { select: { id: true, displayName: true } },
      visits: { orderBy: { createdAt: "desc" }, take: 1, select: { location: { select: { city: true } } } },
    },
  });
  await auditCaseRead(advisor, caseId, dossier?.client.id, "letter");
  if (!dossier) return null;
  return {
    caseId: dossier.id,
    closed: dossier.status === "CLOSED",
    question: dossier.question,
    clientName: dossier.client.displayName,
    place: dossier.visits[0]?.location.city ?? "",
    addressee: {
      name: dossier.otherParty?.name ?? dossier.otherPartyName ?? "",
      department: dossier.otherParty?.department ?? "",
      street: dossier.otherParty?.postalAddress ?? "",
      postcodeTown: dossier.otherParty?.postcodeTown ?? "",
    },
  };
}
