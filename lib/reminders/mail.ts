import { appointmentMailLines, appointmentTimes } from "@/lib/booking/confirmation-mail";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator } from "@/lib/public/locales";

type ReminderFacts = {
  name: string;
  email: string;
  locale: ClientLocale;
  startsAt: Date;
  endsAt: Date;
  location: { name: string; street: string; postcode: string; city: string };
  /** A fresh personal link's secret, made for this mail (only its hash is stored). */
  linkSecret: string;
};

/** The reminder the day before, in the client's language: time, place, what to bring, the link. */
export function reminderMail(facts: ReminderFacts): { to: string; subject: string; text: string } {
  const t = publicTranslator(facts.locale);
  const times = appointmentTimes(facts.startsAt, facts.endsAt, facts.locale);
  const lines = [
    t("appointment.mail.greeting", { name: facts.name }),
    "",
    t("reminder.intro"),
    "",
    ...appointmentMailLines(t, facts),
    "",
    t("reminder.cannotCome"),
    "",
    t("reminder.closing"),
  ];
  return { to: facts.email, subject: t("reminder.subject", times), text: lines.join("\n") };
}
