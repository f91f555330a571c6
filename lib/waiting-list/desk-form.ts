import { formInput } from "@/lib/form-state";

/**
 * The desk's waiting-list form as addToWaitingList's input: flat fields, also when the browser
 * posts it without scripts; the client as a choice of a found one or a new one.
 */
export function waitingListInput(form: FormData): Record<string, unknown> {
  const fields = formInput(form, { booleans: ["listConsent", "mailConsent"] });
  const text = (name: string) => (typeof fields[name] === "string" ? (fields[name] as string).trim() : "");
  return {
    locationId: fields.locationId,
    client: text("existingClientId")
      ? { existingClientId: text("existingClientId") }
      : {
          newClient: {
            displayName: fields.displayName,
            phone: text("phone") || undefined,
            email: text("email") || undefined,
          },
        },
    note: fields.note,
    listConsent: fields.listConsent,
    mailConsent: fields.mailConsent,
    weeks: text("weeks") || undefined,
    submissionId: fields.submissionId,
  };
}
