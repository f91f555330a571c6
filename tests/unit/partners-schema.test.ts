import { describe, expect, it } from "vitest";
import {
  createPartnerSchema,
  partnerIdSchema,
  socialMapFilterSchema,
  updatePartnerSchema,
} from "@/lib/partners/schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

/** What the add form sends when only the name and the kind are filled in. */
const minimal = {
  name: "Sociaal wijkteam",
  type: "NEIGHBOURHOOD_TEAM",
  legalDomainIds: [],
  phone: "",
  email: "",
  website: "",
  address: "",
  postcode: "",
  openingHours: "",
  handoverNotes: "",
};

describe("partner input", () => {
  it("reads a form with only a name and a kind: empty details become null, the checkbox false", () => {
    expect(createPartnerSchema.parse(minimal)).toEqual({
      name: "Sociaal wijkteam",
      type: "NEIGHBOURHOOD_TEAM",
      legalDomainIds: [],
      phone: null,
      email: null,
      website: null,
      address: null,
      postcode: null,
      openingHours: null,
      inLibrary: false,
      handoverNotes: null,
    });
    expect(createPartnerSchema.parse({ name: "Taalhuis", type: "TAALHUIS" })).toMatchObject({
      legalDomainIds: [],
      phone: null,
      inLibrary: false,
    });
  });

  it("keeps a postcode as 1234 AB however it was typed, and refuses what is no Dutch postcode", () => {
    for (const typed of ["7551ab", " 7551 AB ", "7551 aB", "7551  ab"])
      expect(createPartnerSchema.parse({ ...minimal, postcode: typed }).postcode).toBe("7551 AB");
    for (const typed of ["0551 AB", "12345", "7551-AB", "7551 ABC"])
      expect(messages(createPartnerSchema.safeParse({ ...minimal, postcode: typed }))).toEqual({
        postcode: "refusals.partners.postcodeInvalid",
      });
  });

  it("tidies what people type: spaces in the name, the e-mail's capitals, a website without https://, duplicate domains", () => {
    const parsed = createPartnerSchema.parse({
      ...minimal,
      name: "  Advocatenkantoor   Esrink &  Wolters ",
      email: " Info@Esrink.NL ",
      website: "www.esrink.nl/toevoeging",
      phone: " 074 - 123  4567 ",
      inLibrary: "on",
      legalDomainIds: ["d1", "d2", "d1"],
      openingHours: "Ma-vr 9:00-17:00\nZa op afspraak",
    });
    expect(parsed).toMatchObject({
      name: "Advocatenkantoor Esrink & Wolters",
      email: "info@esrink.nl",
      website: "https://www.esrink.nl/toevoeging",
      phone: "074 - 123 4567",
      inLibrary: true,
      legalDomainIds: ["d1", "d2"],
      openingHours: "Ma-vr 9:00-17:00\nZa op afspraak",
    });
  });

  it.each(["074-123 4567", "(074) 123 45 67", "+31 74 123 4567", "0900-1234", "14 074", "0800-000 0543"])(
    "accepts the phone number %s",
    (phone) => {
      expect(createPartnerSchema.safeParse({ ...minimal, phone }).success).toBe(true);
    },
  );

  it("refuses a phone number with letters or with too few or too many digits, in Dutch", () => {
    expect(messages(createPartnerSchema.safeParse({ ...minimal, phone: "bel de balie" }))).toEqual({
      phone: "refusals.partners.phoneCharacters",
    });
    const tooFew = "refusals.partners.phoneDigits";
    expect(messages(createPartnerSchema.safeParse({ ...minimal, phone: "112" }))).toEqual({ phone: tooFew });
    expect(messages(createPartnerSchema.safeParse({ ...minimal, phone: "0031 74 1234 5678 9012" }))).toEqual({
      phone: tooFew,
    });
  });

  it("refuses an e-mail address and a website that cannot work, in Dutch", () => {
    expect(messages(createPartnerSchema.safeParse({ ...minimal, email: "info@" }))).toEqual({
      email: "refusals.partners.emailInvalid",
    });
    for (const website of ["voorbeeld", "https://", "javascript:alert(1)", "ftp://voorbeeld.nl", "www.voor beeld.nl"]) {
      expect(messages(createPartnerSchema.safeParse({ ...minimal, website }))).toEqual({
        website: "refusals.partners.websiteInvalid",
      });
    }
    expect(createPartnerSchema.parse({ ...minimal, website: "http://wijkteam.hengelo.nl" }).website).toBe(
      "http://wijkteam.hengelo.nl",
    );
  });

  it("says what is missing or too long, in Dutch", () => {
    expect(messages(createPartnerSchema.safeParse({}))).toEqual({
      name: "refusals.partners.nameRequired",
      type: "refusals.partners.chooseType",
    });
    expect(messages(createPartnerSchema.safeParse({ ...minimal, name: " x ", type: "BAKERY" }))).toEqual({
      name: "refusals.partners.nameTooShort",
      type: "refusals.partners.chooseType",
    });
    expect(
      messages(
        createPartnerSchema.safeParse({
          ...minimal,
          name: "n".repeat(121),
          address: "a".repeat(201),
          openingHours: "o".repeat(301),
          handoverNotes: "h".repeat(2001),
          legalDomainIds: [""],
        }),
      ),
    ).toEqual({
      name: "refusals.partners.nameTooLong",
      address: "refusals.partners.address.tooLong",
      openingHours: "refusals.partners.openingHours.tooLong",
      handoverNotes: "refusals.partners.handoverNotes.tooLong",
      "legalDomainIds.0": "refusals.choose.legalDomain",
    });
  });

  it("needs the partner for a change, a deactivation or a reactivation", () => {
    expect(messages(updatePartnerSchema.safeParse(minimal))).toEqual({ partnerId: "refusals.choose.partner" });
    expect(messages(partnerIdSchema.safeParse({ partnerId: "" }))).toEqual({ partnerId: "refusals.choose.partner" });
  });
});

describe("the social map's address bar", () => {
  it("reads the filters and falls back to 'no filter' for anything odd", () => {
    expect(
      socialMapFilterSchema.parse({
        query: " wijkteam ",
        type: "NEIGHBOURHOOD_TEAM",
        domainId: "d1",
        inLibrary: "ja",
        includeInactive: "ja",
      }),
    ).toEqual({
      query: "wijkteam",
      type: "NEIGHBOURHOOD_TEAM",
      domainId: "d1",
      inLibrary: true,
      includeInactive: true,
    });
    expect(
      socialMapFilterSchema.parse({ query: ["a", "b"], type: "BAKERY", domainId: "x".repeat(41), inLibrary: "nee" }),
    ).toEqual({
      query: undefined,
      type: undefined,
      domainId: undefined,
      inLibrary: false,
      includeInactive: false,
    });
    expect(socialMapFilterSchema.parse({ query: "   ", domainId: "" })).toMatchObject({
      query: undefined,
      domainId: undefined,
    });
  });
});
