import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { absoluteUrl } from "@/lib/app-url";
import { LanguageLinks } from "@/components/public/language-links";
import { glossaryTags } from "@/components/glossary/glossary";
import { LocationAddress } from "@/components/public/location-address";
import { BringList } from "@/components/public/bring-list";
import { PublicSection } from "@/components/public/public-section";
import { StructuredData } from "@/components/public/structured-data";
import { formatCalendarDay, formatLongDate, formatMinuteOfDay, formatTime, weekdayName } from "@/lib/dates";
import { PUBLIC_LOCALES, parsePublicLocale, publicTranslator } from "@/lib/public/locales";
import { locationBookingPath, locationCalendarPath, locationPagePath } from "@/lib/public/paths";
import { getPublicLocationPage, localText } from "@/lib/public/queries";
import { locationPageLanguages } from "@/lib/public/search-engines";
import { locationStructuredData } from "@/lib/public/structured-data";

type Props = PageProps<"/spreekuur/[locatie]">;

// Metadata and page read the same location once per request.
const loadLocation = cache((slug: string) => getPublicLocationPage(slug));

async function resolve({ params, searchParams }: Props) {
  const [{ locatie }, { taal }] = await Promise.all([params, searchParams]);
  return { page: await loadLocation(locatie), locale: parsePublicLocale(taal) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { page, locale } = await resolve(props);
  if (!page) return {};
  const t = publicTranslator(locale);
  return {
    title: t("metaTitle", { location: page.location.name }),
    description: t("metaDescription", { location: page.location.name }),
    // Whole addresses through the root layout's metadataBase: each language version is its own
    // page, and says which the others are.
    alternates: {
      canonical: locationPagePath(page.location.slug, locale),
      languages: locationPageLanguages(page.location.slug),
    },
  };
}

export default async function PublicLocationPage(props: Props) {
  const { page, locale } = await resolve(props);
  if (!page) notFound();
  const t = publicTranslator(locale);
  const { location } = page;
  const [directions, accessibility, bringAlso] = (["directions", "accessibility", "bringAlso"] as const).map((field) =>
    localText(location, field, locale),
  );
  const terms = glossaryTags(locale);
  const day = (isoDay: string) => formatCalendarDay(isoDay, "EEEE d MMMM yyyy", locale);

  return (
    // The root layout sets <html lang> from the staff cookie; this is the language clients read.
    <div lang={locale} dir={PUBLIC_LOCALES[locale].dir}>
      <LanguageLinks current={locale} href={(code) => locationPagePath(location.slug, code)} />

      <StructuredData
        data={locationStructuredData(page, locale, t, absoluteUrl(locationPagePath(location.slug, locale)))}
      />
      <p className="font-semibold text-slate-700">{page.organisationName}</p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="text-xl sm:text-2xl">{t("intro")}</p>
      <p className="mt-4 text-base sm:text-lg">{t("glossaryHint")}</p>

      <PublicSection id="wat" title={t("about.title")}>
        <p className="mb-4">{t("about.text")}</p>
        <p>{t("about.examplesIntro")}</p>
        <ul className="mb-4 list-disc space-y-1 ps-6">
          <li>{t("about.examples.letter")}</li>
          <li>{t.rich("about.examples.benefits", terms)}</li>
          <li>{t.rich("about.examples.debts", terms)}</li>
          <li>{t("about.examples.daily")}</li>
        </ul>
        <p>{t("about.factsIntro")}</p>
        <ul className="list-disc space-y-1 ps-6 font-semibold">
          <li>{t("about.facts.free")}</li>
          <li>{t("about.facts.duration")}</li>
          <li>{t("about.facts.confidential")}</li>
        </ul>
      </PublicSection>

      <PublicSection id="wanneer" title={t("when.title")}>
        {page.weeklyHours.length === 0 ? (
          <p>{t("when.noHours")}</p>
        ) : (
          <ul className="space-y-4">
            {page.weeklyHours.map((hour) => (
              <li
                key={`${hour.weekday}-${hour.startMinute}-${hour.startsOn}`}
                className="border-s-4 border-brand-700 ps-4"
              >
                <p className="font-bold">
                  {t("when.hour", {
                    weekday: weekdayName(hour.weekday, locale),
                    start: formatMinuteOfDay(hour.startMinute),
                    end: formatMinuteOfDay(hour.endMinute),
                  })}
                </p>
                {hour.startsOn && <p>{t("when.from", { date: day(hour.startsOn) })}</p>}
                {hour.endsOn && <p>{t("when.until", { date: day(hour.endsOn) })}</p>}
                <p>{t(`when.mode.${hour.mode}`)}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">{t("when.busy")}</p>
      </PublicSection>

      {page.bookingOpen && (
        <PublicSection id="afspraak" title={t("booking.linkTitle")}>
          <p className="mb-3">{t("booking.linkText")}</p>
          <Link
            href={locationBookingPath(location.slug, locale)}
            className="inline-block min-h-11 rounded bg-brand-800 px-5 py-3 font-semibold text-white underline underline-offset-4 hover:bg-brand-900"
          >
            {t("booking.linkButton")}
          </Link>
        </PublicSection>
      )}

      <PublicSection id="waar" title={t("where.title")}>
        {/* Names are typed in Dutch by the library; its other texts may have a translation (localText). */}
        <LocationAddress location={location} />
        {directions && (
          <p className="mt-3">
            {t("where.inBuilding")} <span lang={directions.lang}>{directions.text}</span>
          </p>
        )}
        {accessibility && (
          <p className="mt-3">
            {t("where.accessibility")} <span lang={accessibility.lang}>{accessibility.text}</span>
          </p>
        )}
      </PublicSection>

      <PublicSection id="meenemen" title={t("bring.title")}>
        <BringList t={t} />
        {bringAlso && (
          <p className="mt-3">
            {t("bring.also")} <span lang={bringAlso.lang}>{bringAlso.text}</span>
          </p>
        )}
        <p className="mt-4 font-semibold">{t.rich("bring.deadline", terms)}</p>
      </PublicSection>

      <PublicSection id="data" title={t("sessions.title")}>
        {page.sessions.length === 0 ? (
          <p>{t("sessions.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-300 border-y border-slate-300">
            {page.sessions.map((session) => (
              <li key={session.id} className="py-2">
                <span className="font-semibold">{formatLongDate(session.startsAt, locale)}</span>
                {": "}
                {session.cancelled ? (
                  <>
                    <strong className="text-red-800">{t("sessions.cancelled")}</strong> {t("sessions.cancelledHelp")}
                  </>
                ) : (
                  t("sessions.time", { start: formatTime(session.startsAt), end: formatTime(session.endsAt) })
                )}
              </li>
            ))}
          </ul>
        )}
      </PublicSection>

      <PublicSection id="agenda" title={t("calendarLink.title")}>
        <p className="mb-3">{t("calendarLink.text")}</p>
        {/* A plain link: the feed is a file for the calendar app, not a page to navigate to. */}
        <a
          href={locationCalendarPath(location.slug, locale)}
          type="text/calendar"
          className="inline-block min-h-11 rounded bg-brand-800 px-5 py-3 font-semibold text-white underline underline-offset-4 hover:bg-brand-900"
        >
          {t("calendarLink.link")}
        </a>
      </PublicSection>
    </div>
  );
}
