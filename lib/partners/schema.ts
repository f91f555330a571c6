import { PartnerType } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/zod";

/** The kinds of partner in the order forms and filters offer them: legal help first, "other" last. */
export const PARTNER_TYPES = Object.values(PartnerType);

const id = (what: string) =>
  z
    .string({ error: `Kies ${what}.` })
    .trim()
    .min(1, `Kies ${what}.`)
    .max(40, `Kies ${what}.`);

/** An empty form field means "not known": stored as nothing rather than as an empty text. */
const blankAsNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

/** Form text is one line with single spaces: a name typed with a double space is the same name. */
const singleLine = (value: string) => value.replace(/\s+/g, " ");

const optionalText = (what: string, max: number, tooLong: string) =>
  z.preprocess(
    blankAsNull,
    z
      .string({ error: `Vul ${what} in als tekst.` })
      .trim()
      .max(max, `${tooLong} (hooguit ${max} tekens).`)
      .nullable(),
  );

const PHONE_EXAMPLE = "bijvoorbeeld 074-123 4567 of +31 74 123 4567";

/**
 * Dutch numbers in the ways people write them: 074-123 4567, (074) 123 45 67, +31 74 1234567,
 * 0900-1234 and the municipal 14 074. Between 5 and 15 digits: 15 is the international maximum.
 */
const phone = z.preprocess(
  blankAsNull,
  z
    .string({ error: `Vul het telefoonnummer in, ${PHONE_EXAMPLE}.` })
    .trim()
    .transform(singleLine)
    .refine((value) => /^\+?[0-9 ()\-./]+$/.test(value), {
      message: `Een telefoonnummer bestaat uit cijfers, spaties en streepjes, ${PHONE_EXAMPLE}.`,
      abort: true,
    })
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return digits >= 5 && digits <= 15;
    }, `Dit telefoonnummer heeft te weinig of te veel cijfers, ${PHONE_EXAMPLE}.`)
    .nullable(),
);

const email = z.preprocess(
  blankAsNull,
  z
    .string({ error: "Vul het e-mailadres in, bijvoorbeeld info@voorbeeld.nl." })
    .trim()
    .toLowerCase()
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld info@voorbeeld.nl."))
    .nullable(),
);

/** People type "www.voorbeeld.nl"; the link needs the https:// in front to open. */
function withScheme(value: string) {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
}

function isWebAddress(value: string) {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && /^[^.\s]+(\.[^.\s]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

const website = z.preprocess(
  blankAsNull,
  z
    .string({ error: "Vul de website in, bijvoorbeeld www.voorbeeld.nl." })
    .trim()
    .max(300, "Dit webadres is te lang (hooguit 300 tekens).")
    .transform(withScheme)
    .refine(isWebAddress, "Vul een geldig webadres in, bijvoorbeeld www.voorbeeld.nl.")
    .nullable(),
);

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

const legalDomainIds = z.preprocess(
  (value) => (value === undefined || value === null ? [] : typeof value === "string" ? [value] : value),
  z
    .array(id("een rechtsgebied"), { error: "Kies de rechtsgebieden uit de lijst." })
    .max(60, "Kies hooguit 60 rechtsgebieden.")
    .transform((ids) => [...new Set(ids)]),
);

const partnerFields = {
  name: z
    .string({ error: "Vul de naam van de partner in." })
    .trim()
    .transform(singleLine)
    .pipe(
      z
        .string()
        .min(2, "Vul de naam van de partner in (minstens 2 tekens).")
        .max(120, "De naam is te lang (hooguit 120 tekens)."),
    ),
  type: z.enum(PartnerType, { error: "Kies wat voor partner dit is." }),
  legalDomainIds,
  phone,
  email,
  website,
  address: optionalText("het adres", 200, "Het adres is te lang"),
  openingHours: optionalText("de openingstijden", 300, "De openingstijden zijn te lang"),
  inLibrary: checkbox,
  handoverNotes: optionalText("de notities over het doorverwijzen", 2000, "De notities zijn te lang"),
};

export const createPartnerSchema = z.object(partnerFields);

/** The whole partner as the edit form sends it: an emptied field clears that detail. */
export const updatePartnerSchema = z.object({ partnerId: id("een partner"), ...partnerFields });

export const partnerIdSchema = z.object({ partnerId: id("een partner") });

const flag = z
  .preprocess(
    (value) => value === true || value === "on" || value === "true" || value === "1" || value === "ja",
    z.boolean(),
  )
  .catch(false);

/** PostgreSQL cannot compare text with a NUL byte in it; from the address bar it is only ever forged. */
const withoutNul = (value: string | null) => value === null || !value.includes("\u0000");

/** The social map's address bar: anything odd falls back to "no filter" instead of failing. */
export const socialMapFilterSchema = z.object({
  query: z
    .preprocess(blankAsNull, z.string().trim().max(100).nullable().refine(withoutNul))
    .transform((value) => value ?? undefined)
    .catch(undefined),
  type: z.enum(PartnerType).optional().catch(undefined),
  domainId: z
    .preprocess(blankAsNull, z.string().trim().min(1).max(40).nullable().refine(withoutNul))
    .transform((value) => value ?? undefined)
    .catch(undefined),
  inLibrary: flag,
  /** Only honoured for the coordinator, who may want to bring an old partner back. */
  includeInactive: flag,
});

export type SocialMapFilter = z.output<typeof socialMapFilterSchema>;
/** Straight from the address bar: any value is accepted and checked by the schema. */
export type SocialMapFilterInput = { [K in keyof SocialMapFilter]?: unknown };
