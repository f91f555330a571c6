import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { absoluteUrl } from "@/lib/app-url";
import { clock } from "@/lib/clock";
import { formatLongDate, formatTime } from "@/lib/dates";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator, type PublicTranslator } from "@/lib/public/locales";
import { admitConfirmationMail } from "@/lib/security/public-form-limit";
import type { BookedOnline } from "./book-online";
import { logError } from "@/lib/log-error";

/** The personal link's address: what the confirmation shows and mails. */
export function appointmentPath(linkSecret: string): string {
  return `/afspraak/${linkSecret}`;
}

type Place = { name: string; street: string; postcode: string; city: string };

/** An appointment's date and half hour as the mail texts take them ({date}, {start}, {end}). */
export function appointmentTimes(startsAt: Date, endsAt: Date, locale: ClientLocale) {
  return { date: formatLongDate(startsAt, locale), start: formatTime(startsAt), end: formatTime(endsAt) };
}

/**
 * What every mail about an appointment says, in the client's language: when, where, what to bring
 * and the personal link to move or cancel it (the confirmation and the reminder).
 */
export function appointmentMailLines(
  t: PublicTranslator,
  appointment: { startsAt: Date; endsAt: Date; locale: ClientLocale; location: Place; linkSecret: string },
): string[] {
  const { location } = appointment;
  return [
    t("appointment.mail.when", appointmentTimes(appointment.startsAt, appointment.endsAt, appointment.locale)),
    t("appointment.mail.where", { ...location, location: location.name }),
    "",
    t("appointment.mail.bring"),
    "",
    t("appointment.mail.manage"),
    absoluteUrl(appointmentPath(appointment.linkSecret)),
  ];
}

/** The address of the appointment as an .ics file, for a client without mail (the appointment page). */
export function appointmentCalendarPath(linkSecret: string): string {
  return `${appointmentPath(linkSecret)}/afspraak.ics`;
}

type CalendarAppointment = {
  visitId: string;
  startsAt: Date;
  endsAt: Date;
  locale: ClientLocale;
  location: Place;
  linkSecret: string;
};

/**
 * The appointment as one calendar event in the client's language, in UTC like the location's feed
 * (lib/public/ical.ts): the mail's attachment and the appointment page's download. Its uid is the
 * visit's, so a second download (after a move) updates the event instead of adding one.
 */
export function appointmentCalendar(appointment: CalendarAppointment): string {
  const t = publicTranslator(appointment.locale);
  const { location } = appointment;
  const link = absoluteUrl(appointmentPath(appointment.linkSecret));
  const calendar = ical({
    prodId: { company: "Spreekuur", product: "Spreekuur", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `afspraak-${appointment.visitId}@spreekuur`,
    start: appointment.startsAt,
    end: appointment.endsAt,
    summary: t("appointment.mail.eventSummary"),
    description: `${t("appointment.mail.bring")}\n${link}`,
    location: [location.name, location.street, `${location.postcode} ${location.city}`].join(", "),
    url: link,
  });
  return calendar.toString();
}

/**
 * Whether this booking's confirmation goes out, decided before the client's page says so: not for
 * a form sent again (its first answer was mailed), not without an address or a mail server, and
 * not past the mailbox's confirmations of the day (lib/security/public-form-limit.ts), which this
 * counts when it says yes.
 */
export async function admitBookingConfirmation(booked: BookedOnline, now = clock.now()): Promise<boolean> {
  if (booked.replayed || !booked.email || !mailConfigured()) return false;
  return admitConfirmationMail(booked.email, now);
}

/**
 * The confirmation of an online booking in the client's language, with the time, the place, what
 * to bring, the personal link and the appointment as an .ics file. False when there is nothing to
 * send (no address, or no mail server set up) or the mail server refused it: the booking stands
 * either way, and the confirmation page shows the link. Never logs the mail's content.
 */
export async function sendBookingConfirmation(booked: BookedOnline): Promise<boolean> {
  if (!booked.email || !mailConfigured()) return false;
  const t = publicTranslator(booked.locale);
  const times = appointmentTimes(booked.startsAt, booked.endsAt, booked.locale);
  const lines = [
    t("appointment.mail.greeting", { name: booked.name }),
    "",
    t("appointment.mail.made"),
    "",
    ...appointmentMailLines(t, booked),
    "",
    t("appointment.mail.calendar"),
    "",
    t("appointment.mail.closing"),
  ];
  try {
    await sendMail({
      to: booked.email,
      subject: t("appointment.mail.subject", times),
      text: lines.join("\n"),
      attachments: [
        {
          filename: "afspraak.ics",
          content: appointmentCalendar(booked),
          contentType: "text/calendar; charset=utf-8",
        },
      ],
    });
    return true;
  } catch (error) {
    logError(`Booking confirmation for visit ${booked.visitId} not sent`, error);
    return false;
  }
}
