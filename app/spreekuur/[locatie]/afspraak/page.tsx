import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookingForm } from "@/components/public/booking-form";
import { LanguageLinks } from "@/components/public/language-links";
import { findBookingLocation, listOpenSlots } from "@/lib/booking/queries";
import { slotDays } from "@/lib/booking/slot-days";
import { topicChoices } from "@/lib/booking/topic-choices";
import { newSubmissionId } from "@/lib/form-state";
import { mailConfigured } from "@/lib/mail/send-mail";
import { PUBLIC_LOCALES, parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationBookingPath, locationPagePath } from "@/lib/public/paths";
import { waitingListPath } from "@/lib/waiting-list/paths";

type Props = PageProps<"/spreekuur/[locatie]/afspraak">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locatie }, { taal }] = await Promise.all([params, searchParams]);
  const location = await findBookingLocation(locatie);
  if (!location) return {};
  return { title: publicTranslator(parsePublicLocale(taal))("booking.metaTitle", { location: location.name }) };
}

export default async function BookingPage({ params, searchParams }: Props) {
  const [{ locatie }, { taal }] = await Promise.all([params, searchParams]);
  const locale = parsePublicLocale(taal);
  const location = await findBookingLocation(locatie);
  if (!location) notFound();
  const slots = await listOpenSlots(location);
  const t = publicTranslator(locale);

  const days = slotDays(slots, locale, t);

  return (
    <div lang={locale} dir={PUBLIC_LOCALES[locale].dir}>
      <LanguageLinks current={locale} href={(code) => locationBookingPath(location.slug, code)} />
      <p className="mb-4">
        <Link href={locationPagePath(location.slug, locale)} className="font-semibold text-brand-800 underline">
          {t("booking.back")}
        </Link>
      </p>
      <p className="font-semibold text-slate-700" lang="nl">
        <bdi>{location.name}</bdi>
      </p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900 sm:text-4xl">{t("booking.heading")}</h1>
      <p className="mb-8 text-xl">{t("booking.intro")}</p>
      {days.length === 0 ? (
        <>
          <p>{t("booking.noTimes")}</p>
          <p className="mt-4">
            <Link href={waitingListPath(location.slug, locale)} className="font-semibold text-brand-800 underline">
              {t("waitingList.linkButton")}
            </Link>
          </p>
        </>
      ) : (
        <BookingForm
          slug={location.slug}
          locale={locale}
          submissionId={newSubmissionId()}
          topics={topicChoices(t)}
          days={days}
          reminderOffered={mailConfigured()}
          texts={{
            topicLegend: t("booking.topicLegend"),
            topicUnknown: t("booking.topicUnknown"),
            timeLegend: t("booking.timeLegend"),
            youLegend: t("booking.youLegend"),
            name: t("booking.name"),
            nameHint: t("booking.nameHint"),
            contactHint: t("booking.contactHint"),
            phone: t("booking.phone"),
            email: t("booking.email"),
            reminder: t("booking.reminder"),
            consentText: t("booking.consentText"),
            consent: t("booking.consent"),
            trap: t("booking.trap"),
            submit: t("booking.submit"),
            submitting: t("booking.submitting"),
          }}
        />
      )}
    </div>
  );
}
