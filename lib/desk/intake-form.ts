import { formInput } from "@/lib/form-state";

/**
 * The desk's intake form as the input of registerWalkIn and bookAppointment. The form sends flat
 * fields, also when the browser posts it without scripts; the use cases take the client as a
 * choice: the one found by the search (`existingClientId`) or a new one. The topic "weet ik
 * niet" is null, no topic chosen is missing; "came on their own" (no referrer) is null.
 */
export function intakeInput(form: FormData): Record<string, unknown> {
  const fields = formInput(form, {
    booleans: ["needsInterpreter", "confirmedNewClient"],
    blankAsNull: ["referrerPartnerId"],
  });
  const text = (name: string) => (typeof fields[name] === "string" ? (fields[name] as string).trim() : "");
  const category = text("categoryId");
  return {
    sessionId: fields.sessionId,
    slotId: text("slotId") || undefined,
    categoryId: category === "unknown" ? null : category || undefined,
    referrerPartnerId: fields.referrerPartnerId,
    // "new" is the choice of a new question for a client who has an open dossier.
    caseId: text("existingClientId") && text("caseId") && text("caseId") !== "new" ? text("caseId") : undefined,
    client: text("existingClientId")
      ? { existingClientId: text("existingClientId") }
      : {
          newClient: {
            displayName: fields.displayName,
            phone: text("phone") || undefined,
            birthYear: text("birthYear") || undefined,
            postcodeArea: text("postcodeArea") || undefined,
            heardVia: text("heardVia") || undefined,
            preferredLanguage: text("preferredLanguage") || "nl",
            needsInterpreter: fields.needsInterpreter,
          },
        },
    confirmedNewClient: fields.confirmedNewClient,
    submissionId: fields.submissionId,
  };
}
