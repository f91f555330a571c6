import { formInput } from "@/lib/form-state";

/**
 * The letter form as the letter schema reads it, for making the draft and for saving it: the two
 * boxes as booleans, the attachments one per line. A field the chosen kind lacks is not in the
 * form, so it is left out.
 */
export function letterInput(form: FormData): Record<string, unknown> {
  const fields = formInput(form, { booleans: ["requestHearing", "requestCosts", "requestSuspension"] });
  const attachments =
    typeof fields.attachments === "string"
      ? fields.attachments
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
      : [];
  return { ...fields, attachments };
}
