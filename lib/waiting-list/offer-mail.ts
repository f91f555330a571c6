import { absoluteUrl } from "@/lib/app-url";
import { appointmentTimes } from "@/lib/booking/confirmation-mail";
import { formatTime } from "@/lib/dates";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator } from "@/lib/public/locales";
import { offerPath } from "./paths";

export type OfferMailFacts = {
  name: string;
  email: string;
  locale: ClientLocale;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
  location: { name: string; street: string; postcode: string; city: string };
  offerSecret: string;
};

/** The offer of a freed half hour, in the client's language: when, where, until when it is held, the link. */
export function offerMail(facts: OfferMailFacts): { to: string; subject: string; text: string } {
  const t = publicTranslator(facts.locale);
  const times = appointmentTimes(facts.startsAt, facts.endsAt, facts.locale);
  const { location } = facts;
  const lines = [
    t("appointment.mail.greeting", { name: facts.name }),
    "",
    t("waitingList.offer.mail.intro"),
    "",
    t("appointment.mail.when", times),
    t("appointment.mail.where", { ...location, location: location.name }),
    "",
    t("waitingList.offer.mail.take", { time: formatTime(facts.expiresAt) }),
    absoluteUrl(offerPath(facts.offerSecret)),
    "",
    t("waitingList.offer.mail.closing"),
  ];
  return { to: facts.email, subject: t("waitingList.offer.mail.subject", times), text: lines.join("\n") };
}
