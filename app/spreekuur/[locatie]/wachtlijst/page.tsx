import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JoinWaitingListForm } from "@/components/waiting-list/join-form";
import { findBookingLocation } from "@/lib/booking/queries";
import { PUBLIC_LOCALES, parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationPagePath } from "@/lib/public/paths";

type Props = PageProps<"/spreekuur/[locatie]/wachtlijst">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locatie }, { taal }] = await Promise.all([params, searchParams]);
  const location = await findBookingLocation(locatie);
  if (!location) return {};
  return { title: publicTranslator(parsePublicLocale(taal))("waitingList.metaTitle", { location: location.name }) };
}

/**
 * A client puts themselves on the waiting list of a location that takes online bookings: linked
 * from the booking page when it shows no free times (issue 18 item 4).
 */
export default async function WaitingListPage({ params, searchParams }: Props) {
  const [{ locatie }, { taal }] = await Promise.all([params, searchParams]);
  const locale = parsePublicLocale(taal);
  const location = await findBookingLocation(locatie);
  if (!location) notFound();
  const t = publicTranslator(locale);

  return (
    <div lang={locale} dir={PUBLIC_LOCALES[locale].dir}>
      <p className="mb-4">
        <Link href={locationPagePath(location.slug, locale)} className="font-semibold text-brand-800 underline">
          {t("waitingList.back")}
        </Link>
      </p>
      <p className="font-semibold text-slate-700" lang="nl">
        <bdi>{location.name}</bdi>
      </p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900 sm:text-4xl">{t("waitingList.heading")}</h1>
      <p className="mb-8 text-xl">{t("waitingList.intro")}</p>
      <JoinWaitingListForm
        slug={location.slug}
        locale={locale}
        texts={{
          name: t("booking.name"),
          nameHint: t("booking.nameHint"),
          contactHint: t("waitingList.contactHint"),
          phone: t("booking.phone"),
          email: t("booking.email"),
          consentText: t("waitingList.consentText"),
          consent: t("waitingList.consent"),
          trap: t("booking.trap"),
          submit: t("waitingList.submit"),
          submitting: t("booking.submitting"),
          doneTitle: t("waitingList.doneTitle"),
        }}
      />
    </div>
  );
}
