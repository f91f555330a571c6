import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { glossaryTags, PrintedGlossary } from "@/components/glossary/glossary";
import { PrintButton } from "@/components/print-button";
import { ClientLanguageSwitch } from "@/components/print/client-language-switch";
import { requirePageRole } from "@/lib/auth/session";
import { dayOfDateColumn, formatCalendarDay, formatLongDate } from "@/lib/dates";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { CLIENT_LOCALES, clientLocaleFor, clientTranslator, type GlossaryTerm } from "@/lib/i18n/client-locales";
import { getReferralNote } from "@/lib/referrals/queries";
import { CASE_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referralNote"))("title") };
}

/** A lawyer's legal aid depends on income; debt help starts from the list of debts. */
const EXTRA_TO_BRING: Partial<Record<PartnerType, "bringIncome" | "bringDebts">> = {
  LAWYER: "bringIncome",
  JURIDISCH_LOKET: "bringIncome",
  DEBT_HELP: "bringDebts",
  BUDGET_ALERT: "bringDebts",
};

/** The legal words on every note; a lawyer's note also explains legal aid (toevoeging). */
const NOTE_TERMS: GlossaryTerm[] = ["beschikking", "bezwaar", "termijn"];

export default async function ReferralNotePage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string; referralId: string }>;
  searchParams: Promise<{ taal?: string }>;
}) {
  const actor = await requirePageRole(CASE_ROLES);
  const [{ caseId, referralId }, { taal }] = await Promise.all([params, searchParams]);
  const note = await getReferralNote(actor, referralId);
  if (!note || note.caseId !== caseId) notFound();
  const locale = clientLocaleFor(taal, note.client.preferredLanguage);
  const t = clientTranslator(locale, "referralNote");
  // The buttons above the note are for the advisor, in the staff language.
  const staff = await getTranslations("referralNote");
  const referrals = await getTranslations("referrals");
  const terms = glossaryTags(locale);
  const partner = note.partner;
  const extra = EXTRA_TO_BRING[partner.type];
  const lawyer = partner.type === "LAWYER";

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={staff("print")} />
        <ClientLanguageSwitch label={staff("language")} current={locale} />
        <Link href={`/dossiers/${caseId}`} className="font-semibold text-brand-800 underline">
          {referrals("backToDossier")}
        </Link>
      </div>
      <article
        lang={locale}
        dir={CLIENT_LOCALES[locale].dir}
        className="print-sheet mx-auto max-w-2xl rounded border-2 border-slate-800 p-6 text-lg leading-relaxed"
      >
        <p className="text-base font-semibold text-brand-800">{note.organisation.name}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 font-medium">{t("forClient", { name: note.client.displayName })}</p>
        <p className="mb-4">{t("intro")}</p>
        {/* The partner's details are typed in Dutch on the social map, whatever language the note is in. */}
        <section
          aria-label={partner.name}
          lang="nl"
          className="mb-4 break-inside-avoid rounded border border-slate-400 p-4"
        >
          <h2 className="mb-2 text-2xl font-bold">
            <bdi>{partner.name}</bdi>
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {partner.address && (
              <>
                <dt lang={locale} className="font-semibold">
                  {t("address")}
                </dt>
                <dd>
                  <bdi>{partner.address}</bdi>
                </dd>
              </>
            )}
            {partner.phone && (
              <>
                <dt lang={locale} className="font-semibold">
                  {t("phone")}
                </dt>
                <dd dir="ltr" className="text-start">
                  {partner.phone}
                </dd>
              </>
            )}
            {partner.email && (
              <>
                <dt lang={locale} className="font-semibold">
                  {t("email")}
                </dt>
                <dd className="break-all">
                  <bdi>{partner.email}</bdi>
                </dd>
              </>
            )}
            {partner.website && (
              <>
                <dt lang={locale} className="font-semibold">
                  {t("website")}
                </dt>
                <dd className="break-all">
                  <bdi>{partner.website}</bdi>
                </dd>
              </>
            )}
            {partner.openingHours && (
              <>
                <dt lang={locale} className="font-semibold">
                  {t("openingHours")}
                </dt>
                <dd>
                  <bdi>{partner.openingHours}</bdi>
                </dd>
              </>
            )}
          </dl>
          {partner.inLibrary && (
            <p lang={locale} className="mt-2">
              {t("inLibrary")}
            </p>
          )}
        </section>
        {note.reason && (
          <>
            <h2 className="mb-1 text-xl font-bold">{t("why")}</h2>
            {/* The advisor wrote the reason in Dutch. */}
            <p lang="nl" className="mb-4 whitespace-pre-wrap">
              <bdi>{note.reason}</bdi>
            </p>
          </>
        )}
        <p className="mb-4">
          {note.handover === "WARM"
            ? t("warm", { partner: partner.name })
            : t("informationOnly", { partner: partner.name })}
        </p>
        {lawyer && <p className="mb-4">{t.rich("legalAid", terms)}</p>}
        <h2 className="mb-2 text-xl font-bold">{t("bring")}</h2>
        <ul className="mb-4 list-disc ps-6">
          <li>{t("bringNote")}</li>
          <li>{t("bringLetters")}</li>
          <li>{t("bringId")}</li>
          {extra && <li>{t(extra)}</li>}
        </ul>
        <p className="mb-4 font-semibold">{t.rich("deadline", terms)}</p>
        {note.followUpOn && (
          <p className="mb-2">
            {t("followUp", { date: formatCalendarDay(dayOfDateColumn(note.followUpOn), "EEEE d MMMM yyyy", locale) })}
          </p>
        )}
        <p className="mb-4">{t("questions")}</p>
        <p className="text-base text-slate-700">
          {t("referredBy", {
            name: note.createdBy?.name ?? note.organisation.name,
            date: formatLongDate(note.createdAt, locale),
          })}
        </p>
        <PrintedGlossary locale={locale} terms={lawyer ? [...NOTE_TERMS, "toevoeging"] : NOTE_TERMS} />
      </article>
    </>
  );
}
