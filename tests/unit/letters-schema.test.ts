import { describe, expect, it } from "vitest";
import { letterDateErrors, letterSchema, saveLetterSchema } from "@/lib/letters/schema";

const today = "2026-12-01";

const objection = {
  kind: "OBJECTION",
  caseId: "case-1",
  clientName: "M. Yilmaz",
  clientStreet: "Enschedesestraat 12",
  clientPostcodeTown: "7551 AB Hengelo",
  place: "Hengelo",
  letterDate: "2026-12-01",
  authorityName: "Belastingdienst/Toeslagen",
  authorityStreet: "Postbus 8000",
  authorityPostcodeTown: "7500 AB Enschede",
  decisionDate: "2026-11-03",
  subject: "Terugvordering zorgtoeslag 2025",
  grounds: "Mijn inkomen was lager.",
};

const complaint = { ...objection, kind: "COMPLAINT", decisionDate: undefined, wishes: "Excuses." };

const errors = (input: unknown, schema: typeof letterSchema | typeof saveLetterSchema = letterSchema) => {
  const result = schema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the facts of a letter", () => {
  it("accepts an objection, trims, writes the postcode the Dutch way and fills in the defaults", () => {
    const parsed = letterSchema.parse({
      ...objection,
      clientName: "  M. Yilmaz ",
      clientPostcodeTown: "7551ab  Hengelo",
      decisionReference: " ",
      attachments: ["Kopie van het besluit", " "],
    });
    expect(parsed).toMatchObject({
      clientName: "M. Yilmaz",
      clientPostcodeTown: "7551 AB Hengelo",
      decisionReference: undefined,
      requestHearing: false,
      requestCosts: false,
      attachments: ["Kopie van het besluit"],
    });
  });

  it("says in Dutch which field of an objection is missing", () => {
    expect(errors({ kind: "OBJECTION", caseId: "case-1" })).toEqual({
      authorityName: "refusals.letters.authorityRequired",
      authorityStreet: "refusals.letters.authorityStreetRequired",
      authorityPostcodeTown: "refusals.letters.postcodeTown.authority.required",
      clientName: "refusals.letters.clientNameRequired",
      clientStreet: "refusals.letters.clientStreetRequired",
      clientPostcodeTown: "refusals.letters.postcodeTown.client.required",
      place: "refusals.letters.placeRequired",
      letterDate: "refusals.letters.letterDateRequired",
      grounds: "refusals.letters.groundsRequired",
      decisionDate: "refusals.letters.decisionDateRequired",
      subject: "refusals.letters.decisionSubjectRequired",
    });
  });

  it("needs what the client wants for a complaint, not a decision", () => {
    expect(letterSchema.safeParse(complaint).success).toBe(true);
    expect(errors({ ...complaint, wishes: " " })).toEqual({ wishes: "refusals.letters.wishesRequired" });
    expect(errors({ ...complaint, incidentDate: "2026-02-30" })).toEqual({
      incidentDate: "refusals.letters.incidentDateInvalid",
    });
  });

  it("refuses a postcode that is not Dutch-shaped, a date that does not exist, and too long grounds", () => {
    expect(errors({ ...objection, clientPostcodeTown: "Hengelo" })).toEqual({
      clientPostcodeTown: "refusals.letters.postcodeTown.client.format",
    });
    expect(errors({ ...objection, decisionDate: "2026-02-29" })).toEqual({
      decisionDate: "refusals.letters.dayInvalid",
    });
    expect(errors({ ...objection, grounds: "x".repeat(10_001) })).toEqual({
      grounds: "refusals.letters.groundsTooLong",
    });
    expect(errors({ ...objection, attachments: Array.from({ length: 11 }, (_, i) => `Bijlage ${i}`) })).toEqual({
      attachments: "refusals.letters.tooManyAttachments",
    });
  });

  it("asks for the kind of letter, and for the text when saving", () => {
    expect(errors({ ...objection, kind: "LETTER" })).toEqual({ kind: "refusals.letters.chooseKind" });
    expect(errors({ ...objection, text: "  " }, saveLetterSchema)).toEqual({
      text: "refusals.letters.letterEmpty",
    });
    expect(saveLetterSchema.parse({ ...objection, text: "Brief" }).text).toBe("Brief");
  });
});

describe("the dates of a letter, against today", () => {
  const parse = (input: object) => letterSchema.parse(input);

  it("accepts a decision from the past and a letter of today", () => {
    expect(letterDateErrors(parse(objection), today)).toBeNull();
  });

  it("refuses a decision in the future, as the Awb calculator does", () => {
    expect(
      letterDateErrors(parse({ ...objection, decisionDate: "2026-12-02", letterDate: "2026-12-02" }), today),
    ).toEqual({
      decisionDate: ["refusals.deadlines.letterDateInFuture"],
    });
  });

  it("refuses a letter dated before the decision or the incident, or more than a month away", () => {
    expect(letterDateErrors(parse({ ...objection, letterDate: "2026-11-02" }), today)).toEqual({
      letterDate: ["refusals.letters.beforeDecision"],
    });
    expect(
      letterDateErrors(parse({ ...complaint, incidentDate: "2026-11-20", letterDate: "2026-11-19" }), today),
    ).toEqual({
      letterDate: ["refusals.letters.beforeIncident"],
    });
    expect(letterDateErrors(parse({ ...objection, letterDate: "2027-01-02" }), today)).toEqual({
      letterDate: ["refusals.letters.letterDateFarAway"],
    });
    expect(
      letterDateErrors(parse({ ...complaint, incidentDate: "2026-12-05", letterDate: "2026-12-06" }), today),
    ).toEqual({ incidentDate: ["refusals.letters.incidentInFuture"] });
  });

  it("refuses a pro-forma objection against a decision in the future, and asks more time than there is now", () => {
    const proForma = { ...objection, kind: "PRO_FORMA_OBJECTION", grounds: undefined };
    expect(letterDateErrors(parse({ ...proForma, letterDate: "2026-11-02" }), today)).toEqual({
      letterDate: ["refusals.letters.beforeDecision"],
    });
    const extension = {
      ...complaint,
      kind: "TERM_EXTENSION",
      subject: "Het opsturen van mijn bankafschriften",
      currentDueDate: "2026-12-08",
      requestedDate: "2026-12-08",
    };
    expect(letterDateErrors(parse(extension), today)).toEqual({
      requestedDate: ["refusals.letters.requestedNotLater"],
    });
    expect(letterDateErrors(parse({ ...extension, requestedDate: "2026-12-22" }), today)).toBeNull();
  });
});
