import type { Metadata } from "next";
import { cache } from "react";
import { LocationAddress } from "@/components/public/location-address";
import { PublicSection } from "@/components/public/public-section";
import { DeclineOfferForm, TakeOfferForm } from "@/components/waiting-list/offer-forms";
import { formatLongDate, formatTime } from "@/lib/dates";
import { isClientLocale } from "@/lib/i18n/client-locales";
import { PUBLIC_LOCALES, publicTranslator } from "@/lib/public/locales";
import { findOfferByLink } from "@/lib/waiting-list/offers";

type Props = PageProps<"/aanbod/[offerSecret]">;

// Metadata and page read the same offer once per request.
const loadOffer = cache((offerSecret: string) => findOfferByLink(offerSecret));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ offerSecret }, { taal }] = await Promise.all([params, searchParams]);
  const offer = await loadOffer(offerSecret);
  const t = publicTranslator(isClientLocale(taal) ? taal : (offer?.locale ?? "nl"));
  // The link's secret is in the address: no search engine (the proxy says so too).
  return { title: t("waitingList.offer.metaTitle"), robots: { index: false, follow: false } };
}

/** A freed half hour offered to a client on the waiting list: take it or leave it for the next one. */
export default async function OfferPage({ params, searchParams }: Props) {
  const [{ offerSecret }, query] = await Promise.all([params, searchParams]);
  const offer = await loadOffer(offerSecret);
  const locale = isClientLocale(query.taal) ? query.taal : (offer?.locale ?? "nl");
  const t = publicTranslator(locale);
  const frame = (children: React.ReactNode) => (
    <div lang={locale} dir={PUBLIC_LOCALES[locale].dir}>
      {children}
    </div>
  );
  if (query.nee === "1" && !offer)
    return frame(
      <h1 role="status" className="text-2xl font-bold text-brand-900">
        {t("waitingList.offer.declined")}
      </h1>,
    );
  if (!offer)
    return frame(
      <>
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("waitingList.offer.unusableTitle")}</h1>
        <p>{t("waitingList.offer.unusableText")}</p>
      </>,
    );

  const texts = (submit: string) => ({ submit, submitting: t("booking.submitting") });
  return frame(
    <>
      <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("waitingList.offer.heading")}</h1>
      <p className="mb-2 text-xl">{t("waitingList.offer.intro")}</p>

      <PublicSection id="wanneer" title={t("appointment.when")}>
        <p className="font-bold">
          {t("appointment.time", {
            date: formatLongDate(offer.startsAt, locale),
            start: formatTime(offer.startsAt),
            end: formatTime(offer.endsAt),
          })}
        </p>
        <p className="mt-2">{t("waitingList.offer.holdUntil", { time: formatTime(offer.expiresAt) })}</p>
      </PublicSection>

      <PublicSection id="waar" title={t("appointment.where")}>
        <LocationAddress location={offer.location} />
      </PublicSection>

      <p className="mt-8">{t("waitingList.offer.consentText")}</p>
      <div className="mt-4 flex flex-wrap items-start gap-4">
        <TakeOfferForm offerSecret={offerSecret} locale={locale} texts={texts(t("waitingList.offer.take"))} />
        <DeclineOfferForm offerSecret={offerSecret} locale={locale} texts={texts(t("waitingList.offer.decline"))} />
      </div>
    </>,
  );
}
