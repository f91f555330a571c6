import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { absoluteUrl } from "@/lib/app-url";
import { formatLongDate, formatTime } from "@/lib/dates";
import { mailConfigured, sendMail } from "@/lib/mail/send-mail";
import { publicTranslator } from "@/lib/public/locales";
import type { BookedOnline } from "./book-online";

/** The personal link's address: what the confirmation shows and mails. */
export function appointmentPath(linkSecret: string): string {
  return `/afspraak/${linkSecret}`;
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
  const date = formatLongDate(booked.startsAt, booked.locale);
  const times = { date, start: formatTime(booked.startsAt), end: formatTime(booked.endsAt) };
  const { location } = booked;
  const link = absoluteUrl(appointmentPath(booked.linkSecret));
  const lines = [
    t("appointment.mail.greeting", { name: booked.name }),
    "",
    t("appointment.mail.made"),
    "",
    t("appointment.mail.when", times),
    t("appointment.mail.where", { ...location, location: location.name }),
    "",
    t("appointment.mail.bring"),
    "",
    t("appointment.mail.manage"),
    link,
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
