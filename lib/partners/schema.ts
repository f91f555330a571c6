import type { MessageKey } from "@/lib/i18n/message-key";
import { PartnerType } from "@/lib/generated/prisma/enums";
import { recordId, blankAsNull, singleLine, z } from "@/lib/zod";
import { MAX_IMPORT_BYTES } from "./import-shape";

/** The kinds of partner in the order forms and filters offer them: legal help first, "other" last. */
export const PARTNER_TYPES = Object.values(PartnerType);

/** An empty form field means "not known": stored as nothing rather than as an empty text. */

const optionalText = (field: "address" | "openingHours" | "handoverNotes", max: number) =>
  z.preprocess(
    blankAsNull,
    z
      .string({ error: `refusals.partners.${field}.notText` satisfies MessageKey })
      .trim()
      .max(max, `refusals.partners.${field}.tooLong` satisfies MessageKey)
      .nullable(),
  );

/**
 * Dutch numbers in the ways people write them: 074-123 4567, (074) 123 45 67, +31 74 1234567,
 * 0900-1234 and the municipal 14 074. Between 5 and 15 digits: 15 is the international maximum.
 */
const phone = z.preprocess(
  blankAsNull,
  z
    .string({ error: "refusals.partners.phoneRequired" })
    .trim()
    .transform(singleLine)
    .refine((value) => /^\+?[0-9 ()\-./]+$/.test(value), {
      message: "refusals.partners.phoneCharacters",
      abort: true,
    })
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return digits >= 5 && digits <= 15;
    }, "refusals.partners.phoneDigits")
    .nullable(),
);

const email = z.preprocess(
  blankAsNull,
  z
    .string({ error: "refusals.partners.emailRequired" })
    .trim()
    .toLowerCase()
    .max(254, "refusals.auth.emailTooLong")
    .pipe(z.email("refusals.partners.emailInvalid"))
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
    .string({ error: "refusals.partners.websiteRequired" })
    .trim()
    .max(300, "refusals.partners.websiteTooLong")
    .transform(withScheme)
    .refine(isWebAddress, "refusals.partners.websiteInvalid")
    .nullable(),
);

/**
 * A Dutch postcode, kept as "1234 AB" however it was typed ("1234ab", "1234  Ab"): the import
 * compares postcodes, so one way of writing them must be the only one stored.
 */
const postcode = z.preprocess(
  blankAsNull,
  z
    .string({ error: "refusals.partners.postcodeInvalid" })
    .trim()
    .regex(/^[1-9][0-9]{3}\s*[a-zA-Z]{2}$/, "refusals.partners.postcodeInvalid")
    .transform((value) => `${value.slice(0, 4)} ${value.slice(-2).toUpperCase()}`)
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
    .array(recordId("refusals.choose.legalDomain"), { error: "refusals.partners.legalDomainsFromList" })
    .max(60, "refusals.partners.tooManyLegalDomains")
    .transform((ids) => [...new Set(ids)]),
);

const partnerFields = {
  name: z
    .string({ error: "refusals.partners.nameRequired" })
    .trim()
    .transform(singleLine)
    .pipe(z.string().min(2, "refusals.partners.nameTooShort").max(120, "refusals.partners.nameTooLong")),
  type: z.enum(PartnerType, { error: "refusals.partners.chooseType" }),
  legalDomainIds,
  phone,
  email,
  website,
  address: optionalText("address", 200),
  postcode,
  openingHours: optionalText("openingHours", 300),
  inLibrary: checkbox,
  handoverNotes: optionalText("handoverNotes", 2000),
};

export const createPartnerSchema = z.object(partnerFields);

/** The whole partner as the edit form sends it: an emptied field clears that detail. */
export const updatePartnerSchema = z.object({ partnerId: recordId("refusals.choose.partner"), ...partnerFields });

export const partnerIdSchema = z.object({ partnerId: recordId("refusals.choose.partner") });

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

// A Blob's size is known without reading it, so an oversized file is refused before its bytes are
// copied into memory. A form with no file chosen still sends an empty, nameless File.
const importFile = z
  .custom<Blob>((value) => value instanceof Blob, { error: "refusals.partnerImport.fileMissing" })
  .superRefine((file, context) => {
    if (file.size === 0)
      context.addIssue({
        code: "custom",
        message:
          file instanceof File && file.name === ""
            ? "refusals.partnerImport.fileMissing"
            : "refusals.partnerImport.fileEmpty",
      });
    else if (file.size > MAX_IMPORT_BYTES)
      context.addIssue({ code: "custom", message: "refusals.partnerImport.fileTooLarge" });
  });

/** The upload of the import page, read for its preview. */
export const partnerImportFileSchema = z.object({ file: importFile });

/** The confirmation: the same file, sent back as base64 by the preview (lib/partners/import-shape.ts). */
export const partnerImportContentSchema = z.object({
  content: z
    .string({ error: "refusals.partnerImport.contentInvalid" })
    .min(1, "refusals.partnerImport.contentInvalid")
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, "refusals.partnerImport.fileTooLarge")
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "refusals.partnerImport.contentInvalid"),
});

export const socialMapExportSchema = z.object({
  format: z.enum(["csv", "xlsx"], { error: "refusals.reports.chooseFormat" }),
});
