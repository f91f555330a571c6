import type { Prisma } from "@/lib/generated/prisma/client";
import type { Message, MessageKey } from "@/lib/i18n/message-key";
import { Refusal } from "@/lib/result";
import { personalDataIn, type PersonalDataKind } from "./personal-data";

type Tx = Prisma.TransactionClient;

const PERSONAL_DATA_REFUSED = "refusals.signals.personalData.refused" satisfies MessageKey;
const PERSONAL_DATA_MESSAGES = {
  name: "refusals.signals.personalData.name",
  phone: "refusals.signals.personalData.phone",
  email: "refusals.signals.personalData.email",
  bsn: "refusals.signals.personalData.bsn",
  iban: "refusals.signals.personalData.iban",
} as const satisfies Record<PersonalDataKind, MessageKey>;

/** The clients of these dossiers, as the check needs them (also of an anonymised dossier: none is left). */
async function clientsOfDossiers(tx: Tx, caseIds: readonly string[]) {
  const cases = await tx.case.findMany({
    where: { id: { in: [...caseIds] } },
    select: { client: { select: { displayName: true, phone: true, email: true } } },
  });
  return cases.map((entry) => entry.client);
}

/**
 * Refuses, naming the field and what it holds, when a text meant for the municipality holds a
 * linked client's name, phone or e-mail, or a BSN or IBAN. Nothing is written then.
 */
export async function refusePersonalData(
  tx: Tx,
  caseIds: readonly string[],
  texts: Partial<Record<string, string | null>>,
  refusal: MessageKey = PERSONAL_DATA_REFUSED,
): Promise<void> {
  const clients = await clientsOfDossiers(tx, caseIds);
  const fieldErrors: Record<string, Message[]> = {};
  for (const [field, text] of Object.entries(texts)) {
    const kinds = text ? personalDataIn(text, clients) : [];
    if (kinds.length > 0) fieldErrors[field] = kinds.map((kind) => PERSONAL_DATA_MESSAGES[kind]);
  }
  if (Object.keys(fieldErrors).length > 0) throw new Refusal(refusal, fieldErrors);
}
