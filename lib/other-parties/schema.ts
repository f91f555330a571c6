import type { MessageKey } from "@/lib/i18n/message-key";
import { normalisedPostcodeTown, POSTCODE_TOWN } from "@/lib/letters/postcode-town";
import { recordId, blankAsNull, singleLine, z } from "@/lib/zod";
import { OTHER_PARTY_KINDS, TYPED_OTHER_PARTY } from "./kinds";

/** An empty form field means "not known": stored as nothing rather than as an empty text. */

const name = z
  .string({ error: "refusals.otherParties.nameRequired" })
  .trim()
  .transform(singleLine)
  .pipe(z.string().min(2, "refusals.otherParties.nameTooShort").max(150, "refusals.otherParties.nameTooLong"));

const optionalLine = (tooLong: MessageKey) =>
  z.preprocess(
    blankAsNull,
    z.string({ error: tooLong }).trim().transform(singleLine).pipe(z.string().max(150, tooLong)).nullable(),
  );

const otherPartyFields = {
  name,
  kind: z.enum(OTHER_PARTY_KINDS, { error: "refusals.otherParties.chooseKind" }),
  department: optionalLine("refusals.otherParties.departmentTooLong"),
  postalAddress: optionalLine("refusals.otherParties.postalAddressTooLong"),
  postcodeTown: z.preprocess(
    blankAsNull,
    z
      .string({ error: "refusals.otherParties.postcodeTownFormat" })
      .trim()
      .max(100, "refusals.otherParties.postcodeTownFormat")
      .regex(POSTCODE_TOWN, "refusals.otherParties.postcodeTownFormat")
      .transform(normalisedPostcodeTown)
      .nullable(),
  ),
};

export const createOtherPartySchema = z.object(otherPartyFields);

/** The whole entry as the edit form sends it: an emptied field clears that detail. */
export const updateOtherPartySchema = z.object({
  otherPartyId: recordId("refusals.choose.otherParty"),
  ...otherPartyFields,
});

export const otherPartyIdSchema = z.object({ otherPartyId: recordId("refusals.choose.otherParty") });

/**
 * The dossier's other party: an entry of the list, a name typed in ("typed"), or none (""): the
 * advisor may not know it yet, or took a wrong one.
 */
export const caseOtherPartySchema = z
  .object({
    caseId: recordId("refusals.choose.case"),
    choice: z.string({ error: "refusals.choose.otherParty" }).trim().max(40, "refusals.choose.otherParty").default(""),
    typedName: z.preprocess(
      blankAsNull,
      z
        .string({ error: "refusals.otherParties.typedNameRequired" })
        .trim()
        .transform(singleLine)
        .pipe(z.string().max(150, "refusals.otherParties.nameTooLong"))
        .nullable(),
    ),
  })
  .superRefine((input, context) => {
    if (input.choice === TYPED_OTHER_PARTY && !input.typedName)
      context.addIssue({ code: "custom", path: ["typedName"], message: "refusals.otherParties.typedNameRequired" });
  })
  .transform(({ caseId, choice, typedName }) => ({
    caseId,
    otherPartyId: choice && choice !== TYPED_OTHER_PARTY ? choice : null,
    otherPartyName: choice === TYPED_OTHER_PARTY ? typedName : null,
  }));
