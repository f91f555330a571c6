import { createTranslator } from "next-intl";
import { TIME_ZONE } from "@/lib/dates";
import { formatCache, formatters } from "./format-cache";
import arGlossary from "@/messages/ar/glossary.json";
import arPublic from "@/messages/ar/public.json";
import arReferralNote from "@/messages/ar/referral-note.json";
import arSlip from "@/messages/ar/slip.json";
import enGlossary from "@/messages/en/glossary.json";
import enPublic from "@/messages/en/public.json";
import enReferralNote from "@/messages/en/referral-note.json";
import enSlip from "@/messages/en/slip.json";
import nlGlossary from "@/messages/nl/glossary.json";
import nlPublic from "@/messages/nl/public.json";
import nlReferralNote from "@/messages/nl/referral-note.json";
import nlSlip from "@/messages/nl/slip.json";
import plGlossary from "@/messages/pl/glossary.json";
import plPublic from "@/messages/pl/public.json";
import plReferralNote from "@/messages/pl/referral-note.json";
import plSlip from "@/messages/pl/slip.json";
import trGlossary from "@/messages/tr/glossary.json";
import trPublic from "@/messages/tr/public.json";
import trReferralNote from "@/messages/tr/referral-note.json";
import trSlip from "@/messages/tr/slip.json";
import ukGlossary from "@/messages/uk/glossary.json";
import ukPublic from "@/messages/uk/public.json";
import ukReferralNote from "@/messages/uk/referral-note.json";
import ukSlip from "@/messages/uk/slip.json";

/**
 * The message files a client reads: the public page, the appointment slip, the referral note and
 * the glossary of legal words. Only these exist in the client-only languages (ar, tr, pl, uk); the
 * staff UI stays Dutch and English (lib/i18n/locales.ts).
 */
export const CLIENT_MESSAGE_FILES = ["public.json", "slip.json", "referral-note.json", "glossary.json"] as const;

type ClientMessages = {
  public: typeof nlPublic.public;
  slip: typeof nlSlip.slip;
  referralNote: typeof nlReferralNote.referralNote;
  glossary: typeof nlGlossary.glossary;
};

// Typed against the Dutch texts, so a translation that lacks a key does not even compile. A
// machine-made file carries a top-level "_meta" block (see messages/README.md), left out here.
function messages(
  files: { public: ClientMessages["public"] },
  slip: { slip: ClientMessages["slip"] },
  note: { referralNote: ClientMessages["referralNote"] },
  glossary: { glossary: ClientMessages["glossary"] },
): ClientMessages {
  return { public: files.public, slip: slip.slip, referralNote: note.referralNote, glossary: glossary.glossary };
}

export const CLIENT_LOCALES = {
  nl: { name: "Nederlands", dir: "ltr", messages: messages(nlPublic, nlSlip, nlReferralNote, nlGlossary) },
  en: { name: "English", dir: "ltr", messages: messages(enPublic, enSlip, enReferralNote, enGlossary) },
  ar: { name: "العربية", dir: "rtl", messages: messages(arPublic, arSlip, arReferralNote, arGlossary) },
  tr: { name: "Türkçe", dir: "ltr", messages: messages(trPublic, trSlip, trReferralNote, trGlossary) },
  pl: { name: "Polski", dir: "ltr", messages: messages(plPublic, plSlip, plReferralNote, plGlossary) },
  uk: { name: "Українська", dir: "ltr", messages: messages(ukPublic, ukSlip, ukReferralNote, ukGlossary) },
} satisfies Record<string, { name: string; dir: "ltr" | "rtl"; messages: ClientMessages }>;

export type ClientLocale = keyof typeof CLIENT_LOCALES;
export const CLIENT_LOCALE_CODES = Object.keys(CLIENT_LOCALES) as ClientLocale[];

export function isClientLocale(value: unknown): value is ClientLocale {
  return typeof value === "string" && Object.hasOwn(CLIENT_LOCALES, value);
}

/**
 * The language of a printout for a client: the one asked for on the print page (`?taal=`), else
 * the client's preferred language from intake, else Dutch ("other" languages have no texts).
 */
export function clientLocaleFor(requested: unknown, preferredLanguage: string | null | undefined): ClientLocale {
  if (isClientLocale(requested)) return requested;
  return isClientLocale(preferredLanguage) ? preferredLanguage : "nl";
}

/**
 * Client texts in one language. Not next-intl's getTranslations: the request config answers in
 * the staff cookie's language (nl or en), and a slip must be in the client's language.
 */
export function clientTranslator<Namespace extends keyof ClientMessages>(locale: ClientLocale, namespace: Namespace) {
  return createTranslator({
    locale,
    messages: CLIENT_LOCALES[locale].messages,
    namespace,
    timeZone: TIME_ZONE,
    _cache: formatCache,
    _formatters: formatters,
  });
}

/** The glossary of one language, for the <Term> explanations (components/glossary/term.tsx). */
export function glossaryOf(locale: ClientLocale): ClientMessages["glossary"] {
  return CLIENT_LOCALES[locale].messages.glossary;
}

export type GlossaryTerm = keyof ClientMessages["glossary"]["terms"];
