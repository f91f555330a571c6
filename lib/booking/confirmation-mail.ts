import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { absoluteUrl } from "@/lib/app-url";
import { formatLongDate, formatTime } from "@/lib/dates";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import type { ClientLocale } from "@/lib/i18n/client-locales";
import { publicTranslator, type PublicTranslator } from "@/lib/public/locales";
import type { BookedOnline } from "./book-online";

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

/** The appointment as one calendar event, in UTC like the location's feed (lib/public/ical.ts). */
function appointmentEvent(booked: BookedOnline, summary: string, description: string): string {
  const { location } = booked;
  const calendar = ical({
    prodId: { company: "Spreekuur", product: "Spreekuur", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `afspraak-${booked.visitId}@spreekuur`,
    start: booked.startsAt,
    end: booked.endsAt,
    summary,
    description,
    location: [location.name, location.street, `${location.postcode} ${location.city}`].join(", "),
    url: absoluteUrl(appointmentPath(booked.linkSecret)),
  });
  return calendar.toString();
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
  const link = absoluteUrl(appointmentPath(booked.linkSecret));
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
          content: appointmentEvent(
            booked,
            t("appointment.mail.eventSummary"),
            `${t("appointment.mail.bring")}\n${link}`,
          ),
          contentType: "text/calendar; charset=utf-8",
        },
      ],
    });
    return true;
  } catch (error) {
    // The mail server's text often names the recipient: only what kind of failure it was.
    const code = (error as { code?: unknown }).code;
    console.error(
      `Booking confirmation for visit ${booked.visitId} not sent (${typeof code === "string" ? code : "error"})`,
    );
    return false;
  }
}
