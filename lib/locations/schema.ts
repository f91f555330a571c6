import type { MessageKey } from "@/lib/i18n/message-key";
import { CLIENT_LOCALE_CODES } from "@/lib/i18n/client-locales";
import { PUBLIC_TEXT_FIELDS, publicTextFieldName } from "./public-texts";
import { RoomKind } from "@/lib/generated/prisma/enums";
import { recordId, blankAsNull, z } from "@/lib/zod";

const ROOM_KINDS = Object.values(RoomKind);

/** The client languages besides Dutch: Dutch is in the location's own columns. */
const TRANSLATED_LOCALES = CLIENT_LOCALE_CODES.filter((locale) => locale !== "nl");

const required = (missing: MessageKey, max: number) =>
  z
    .string({ error: missing })
    .trim()
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(z.string().min(1, missing).max(max, "refusals.locations.tooLong"));

const optionalText = z.preprocess(
  blankAsNull,
  z.string({ error: "refusals.locations.tooLong" }).trim().max(500, "refusals.locations.tooLong").nullable(),
);

/** A Dutch postcode as people type it (1234ab, 1234 AB), stored as "1234 AB". */
const postcode = z
  .string({ error: "refusals.locations.postcodeInvalid" })
  .trim()
  .transform((value) => value.replace(/\s+/g, "").toUpperCase())
  .refine((value) => /^[1-9][0-9]{3}[A-Z]{2}$/.test(value), "refusals.locations.postcodeInvalid")
  .transform((value) => `${value.slice(0, 4)} ${value.slice(4)}`);

/** The last part of the public page's address: /spreekuur/<slug>. */
const slug = z
  .string({ error: "refusals.locations.slugInvalid" })
  .trim()
  .toLowerCase()
  .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length >= 3 && value.length <= 60, {
    message: "refusals.locations.slugInvalid",
  });

/**
 * The translations arrive as flat form fields (`publicTexts.en.directions`); they are kept as one object,
 * empty ones left out so that the page falls back to the Dutch.
 */
const publicTexts = z.preprocess(
  (input) => {
    if (typeof input !== "object" || input === null) return {};
    const texts: Record<string, Record<string, unknown>> = {};
    for (const locale of TRANSLATED_LOCALES)
      for (const field of PUBLIC_TEXT_FIELDS) {
        const value = (input as Record<string, unknown>)[publicTextFieldName(locale, field)];
        if (typeof value === "string" && value.trim() !== "") (texts[locale] ??= {})[field] = value;
        else if (value !== undefined && typeof value !== "string") (texts[locale] ??= {})[field] = value;
      }
    return texts;
  },
  z.partialRecord(
    z.enum(TRANSLATED_LOCALES),
    z.partialRecord(
      z.enum(PUBLIC_TEXT_FIELDS),
      z.string({ error: "refusals.locations.tooLong" }).trim().max(500, "refusals.locations.tooLong"),
    ),
  ),
);

const locationFields = {
  name: required("refusals.locations.nameRequired", 120),
  slug,
  street: required("refusals.locations.streetRequired", 120),
  postcode,
  city: required("refusals.locations.cityRequired", 80),
  directions: optionalText,
  accessibility: optionalText,
  bringAlso: optionalText,
  onlineBooking: z.boolean({ error: "refusals.common.invalidField" }).default(false),
};

/** The form posts flat fields; the translations are read from the same object. */
const withTexts = <S extends z.ZodRawShape>(shape: S) =>
  z.preprocess(
    (input) => (typeof input === "object" && input !== null ? { ...input, publicTexts: input } : input),
    z.object({ ...shape, publicTexts }),
  );

export const createLocationSchema = withTexts(locationFields);
export const updateLocationSchema = withTexts({
  locationId: recordId("refusals.locations.chooseLocation"),
  ...locationFields,
});
export const locationRefSchema = z.object({ locationId: recordId("refusals.locations.chooseLocation") });

const roomFields = {
  name: required("refusals.locations.roomNameRequired", 60),
  kind: z.enum(ROOM_KINDS, { error: "refusals.locations.roomKindInvalid" }),
};
export const addRoomSchema = z.object({ locationId: recordId("refusals.locations.chooseLocation"), ...roomFields });
export const updateRoomSchema = z.object({
  roomId: recordId("refusals.locations.chooseRoom"),
  ...roomFields,
  active: z.boolean({ error: "refusals.common.invalidField" }),
});
