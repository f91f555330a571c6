import { refuseNulCharacters, singleLine, z } from "@/lib/zod";

// The fields the public forms share (the online booking, the waiting list and a partner's
// referral): a first name or initials, one way to reach the person, and the trap field. Their
// messages are refusal codes, which every one of those forms has in its own list and its page
// turns into text (lib/public-forms/refusals.ts).

/**
 * The codes these fields refuse with, in the refusal list of each public form that uses them
 * (lib/booking/schema.ts, lib/waiting-list/schema.ts, lib/partner-links/schema.ts).
 */
type SharedCode = "notAccepted" | "contactRequired" | "nameRequired" | "nameTooLong" | "phoneInvalid" | "emailInvalid";
const code = (shared: SharedCode) => shared;

/** An optional field left empty is absent, whether the form sent "", spaces or nothing. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** The desk's phone rule: digits, spaces and dashes as spoken, stored as digits only. Optional. */
export const phoneField = (invalid: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: invalid })
      .trim()
      .max(20, invalid)
      .regex(/^\+?[0-9][0-9 -]{5,18}$/, invalid)
      .transform((value) => value.replace(/[ -]/g, ""))
      .optional(),
  );

/** An e-mail address, kept in lower case. Optional. */
export const emailField = (invalid: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: invalid }).trim().max(254, invalid).pipe(z.email(invalid).toLowerCase()).optional(),
  );

/**
 * A public form's name, phone and e-mail fields: a first name or initials (no more than the desk
 * needs to call someone in) and a phone number or e-mail address, each optional here (one of the
 * two is required by withPublicFormChecks). A form that names the name's refusals apart (a
 * partner's "the client's name") gives its own codes.
 */
export const contactFields = ({
  nameRequired = code("nameRequired"),
  nameTooLong = code("nameTooLong"),
}: { nameRequired?: string; nameTooLong?: string } = {}) => ({
  name: z.string({ error: nameRequired }).trim().min(1, nameRequired).max(50, nameTooLong).transform(singleLine),
  phone: phoneField(code("phoneInvalid")),
  email: emailField(code("emailInvalid")),
});

/**
 * The last checks of a public form's object schema: a NUL character anywhere is bad input (it
 * cannot be stored or looked up: refused, never a failing query), and of the phone and the e-mail
 * fields one is needed, refused at the phone field.
 */
export function withPublicFormChecks<S extends z.ZodObject>(
  schema: S,
  { phone, email }: { phone: keyof z.output<S> & string; email: keyof z.output<S> & string },
) {
  return schema
    .superRefine(refuseNulCharacters(code("notAccepted")))
    .refine((value) => value[phone] !== undefined || value[email] !== undefined, {
      error: code("contactRequired"),
      path: [phone],
    });
}

/**
 * A field people never see (hidden by the page's style, skipped by screen readers and the
 * keyboard: TrapField in components/public/public-form-fields.tsx): a script that fills in every
 * field fills this one too. Its refusal is never shown as such (parsePublicForm).
 */
export const trapField = { website: z.string().max(0, code("notAccepted")).optional() };
