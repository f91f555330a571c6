import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { CancelAppointmentForm, MoveAppointmentForm } from "@/components/public/appointment-forms";
import { LanguageLinks } from "@/components/public/language-links";
import { LocationAddress } from "@/components/public/location-address";
import { BringList } from "@/components/public/bring-list";
import { PublicSection } from "@/components/public/public-section";
import { appointmentCalendarPath, appointmentPath } from "@/lib/booking/confirmation-mail";
import { findAppointmentByLink } from "@/lib/booking/manage";
import { listOpenSlots } from "@/lib/booking/queries";
import { slotDays } from "@/lib/booking/slot-days";
import { formatLongDate, formatTime } from "@/lib/dates";
import { isClientLocale } from "@/lib/i18n/client-locales";
import { PUBLIC_LOCALES, publicTranslator } from "@/lib/public/locales";
import { locationPagePath } from "@/lib/public/paths";

type Props = PageProps<"/afspraak/[linkSecret]">;

// Metadata and page read the same appointment once per request.
const loadAppointment = cache((linkSecret: string) => findAppointmentByLink(linkSecret));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ linkSecret }, { taal }] = await Promise.all([params, searchParams]);
  const appointment = await loadAppointment(linkSecret);
  const t = publicTranslator(isClientLocale(taal) ? taal : (appointment?.locale ?? "nl"));
  // The link's secret is in the address: no search engine (the proxy says so too).
  return { title: t("appointment.metaTitle"), robots: { index: false, follow: false } };
}

/** A flag in the address after a change (?nieuw=1): which notice to show once. */
const flag = (value: string | string[] | undefined) => value === "1";

export default async function AppointmentPage({ params, searchParams }: Props) {
  const [{ linkSecret }, query] = await Promise.all([params, searchParams]);
  const appointment = await loadAppointment(linkSecret);
  // The client's language from the booking, unless they chose another one here.
  const locale = isClientLocale(query.taal) ? query.taal : (appointment?.locale ?? "nl");
  const t = publicTranslator(locale);
  const frame = (children: React.ReactNode) => (
    <div lang={locale} dir={PUBLIC_LOCALES[locale].dir}>
      {children}
    </div>
  );
  if (!appointment)
    return frame(
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("appointment.unusableTitle")}</h1>
        <p>{t("appointment.unusableText")}</p>
      </>,
    );

  const { location } = appointment;
  // Its own moment is no other time, also where another advisor is free then.
  const slots =
    appointment.changeable && location.bookingOpen
      ? (await listOpenSlots(location)).filter((slot) => slot.startsAt.getTime() !== appointment.startsAt.getTime())
      : [];
  const otherDays = slotDays(slots, locale, t);
  const notice = flag(query.afgezegd) ? t("appointment.cancelled") : flag(query.verzet) ? t("appointment.moved") : null;

  return frame(
    <>
      <LanguageLinks
        current={locale}
        // Always named: without ?taal= the page is in the language the client booked in.
        href={(code) => `${appointmentPath(linkSecret)}?taal=${code}`}
      />
      {flag(query.nieuw) ? (
        <>
          <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("appointment.madeTitle")}</h1>
          <p className="mb-2 text-xl">{t("appointment.madeText")}</p>
          {flag(query.gemaild) && <p>{t("appointment.mailSent")}</p>}
        </>
      ) : (
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("appointment.title")}</h1>
      )}
      {notice && (
        <p role="status" className="mt-4 rounded border border-brand-700 bg-brand-50 px-3 py-2 font-semibold">
          {notice}
        </p>
      )}

      <PublicSection id="wanneer" title={t("appointment.when")}>
        {appointment.cancelled && <p className="mb-2 font-bold text-red-800">{t("appointment.cancelledNote")}</p>}
        <p className={appointment.cancelled ? "line-through" : "font-bold"}>
          {t("appointment.time", {
            date: formatLongDate(appointment.startsAt, locale),
            start: formatTime(appointment.startsAt),
            end: formatTime(appointment.endsAt),
          })}
        </p>
        {!appointment.cancelled && (
          <p className="mt-3">
            {/* A plain link: the file downloads without the page's script, in the client's language. */}
            <a
              href={`${appointmentCalendarPath(linkSecret)}?taal=${locale}`}
              download="afspraak.ics"
              className="font-semibold text-brand-800 underline"
            >
              {t("appointment.addToCalendar")}
            </a>
          </p>
        )}
      </PublicSection>

      <PublicSection id="waar" title={t("appointment.where")}>
        <LocationAddress location={location} />
        <p className="mt-3">
          <Link href={locationPagePath(location.slug, locale)} className="font-semibold text-brand-800 underline">
            {t("booking.back")}
          </Link>
        </p>
      </PublicSection>

      {appointment.changeable && (
        <>
          <PublicSection id="meenemen" title={t("bring.title")}>
            <BringList t={t} />
          </PublicSection>

          <PublicSection id="verzetten" title={t("appointment.moveTitle")}>
            {otherDays.length === 0 ? (
              <p>{t("appointment.moveNone")}</p>
            ) : (
              <MoveAppointmentForm
                linkSecret={linkSecret}
                locale={locale}
                days={otherDays}
                texts={{
                  legend: t("appointment.moveTitle"),
                  submit: t("appointment.moveSubmit"),
                  submitting: t("booking.submitting"),
                }}
              />
            )}
          </PublicSection>

          <PublicSection id="afzeggen" title={t("appointment.cancelTitle")}>
            <p className="mb-3">{t("appointment.cancelText")}</p>
            <CancelAppointmentForm
              linkSecret={linkSecret}
              locale={locale}
              texts={{ submit: t("appointment.cancelSubmit"), submitting: t("booking.submitting") }}
            />
          </PublicSection>
        </>
      )}
    </>,
  );
}
