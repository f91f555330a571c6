import { CLIENT_LOCALE_CODES } from "@/lib/i18n/client-locales";
import type { MessageKey } from "@/lib/i18n/message-key";
import {
  blankToUndefined,
  contactFields,
  emailField,
  phoneField,
  trapField,
  withPublicFormChecks,
} from "@/lib/public-forms/fields";
import { recordId, z } from "@/lib/zod";

/** How long a client waits on the list unless the desk says otherwise. */
export const DEFAULT_WAITING_WEEKS = 4;

export const WAITING_LIST_MESSAGES = {
  locationNotFound: "refusals.waitingList.locationNotFound",
  entryNotFound: "refusals.waitingList.entryNotFound",
  entryClosed: "refusals.waitingList.entryClosed",
  alreadyOnList: "refusals.waitingList.alreadyOnList",
  contactRequired: "refusals.waitingList.contactRequired",
  clientNotFound: "refusals.desk.clientNotFound",
} as const satisfies Record<string, MessageKey>;

/** A new client at the desk: a name or initials, and a way to say a half hour is free. */
const newWaitingClientSchema = z.object({
  displayName: z
    .string({ error: "refusals.desk.nameRequired" })
    .trim()
    .min(1, "refusals.desk.nameRequired")
    .max(100, "refusals.desk.nameTooLong"),
  phone: phoneField("refusals.desk.phoneInvalid"),
  email: emailField("refusals.desk.emailInvalid"),
});

export const addToWaitingListSchema = z.object({
  locationId: recordId("refusals.desk.chooseLocation"),
  client: z.union(
    [
      z.object({ existingClientId: recordId("refusals.desk.chooseClient") }),
      z.object({ newClient: newWaitingClientSchema }),
    ],
    { error: "refusals.desk.chooseOrNameClient" },
  ),
  /** A short note for the desk ("liefst 's avonds"), never about the client's question. */
  note: z.preprocess(blankToUndefined, z.string().trim().max(200, "refusals.waitingList.noteTooLong").optional()),
  /**
   * The host confirms the client agrees to be kept on the list, and contacted when a time comes
   * free: without it, no one is on the list without a record of their consent.
   */
  listConsent: z.literal(true, { error: "refusals.waitingList.listConsentRequired" }),
  /** The client agrees to get an offer by e-mail (only with an e-mail address). */
  mailConsent: z.boolean().default(false),
  weeks: z.coerce
    .number({ error: "refusals.waitingList.weeksInvalid" })
    .int("refusals.waitingList.weeksInvalid")
    .min(1, "refusals.waitingList.weeksInvalid")
    .max(8, "refusals.waitingList.weeksInvalid")
    .default(DEFAULT_WAITING_WEEKS),
});

export const waitingListLocationSchema = z.object({ locationId: recordId("refusals.desk.chooseLocation") });

export const waitingListEntrySchema = z.object({ entryId: recordId("refusals.waitingList.chooseEntry") });

/** Why a client's own waiting-list form, or an offer link, is refused: codes of public.json. */
const WAITING_LIST_REFUSALS = [
  "bookingClosed",
  "nameRequired",
  "nameTooLong",
  "contactRequired",
  "phoneInvalid",
  "emailInvalid",
  "consentRequired",
  "notAccepted",
  "tooManyTries",
  "offerUnusable",
] as const;
export type WaitingListRefusal = (typeof WAITING_LIST_REFUSALS)[number];

export function isWaitingListRefusal(value: unknown): value is WaitingListRefusal {
  return (WAITING_LIST_REFUSALS as readonly unknown[]).includes(value);
}

const code = (refusal: WaitingListRefusal) => refusal;

/** What a client fills in to wait for a half hour at a location: the booking form's rules. */
export const joinWaitingListSchema = withPublicFormChecks(
  z.object({
    locationSlug: z.string().max(100).catch(""),
    ...contactFields(),
    consent: z.literal(true, { error: code("consentRequired") }),
    locale: z.enum(CLIENT_LOCALE_CODES).catch("nl"),
    ...trapField,
  }),
  { phone: "phone", email: "email" },
);
