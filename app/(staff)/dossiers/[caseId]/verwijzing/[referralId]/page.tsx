import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print-button";
import { requirePageRole } from "@/lib/auth/session";
import { CASE_ROLES } from "@/lib/cases/access";
import { dayOfDateColumn, formatInAmsterdam } from "@/lib/dates";
import type { PartnerType } from "@/lib/generated/prisma/enums";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { getReferralNote } from "@/lib/referrals/queries";

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

export default async function ReferralNotePage({ params, searchParams }: { params: Promise<{ caseId: string; referralId: string }>; searchParams: Promise<{ taal?: string }> }) {
  const actor = await requirePageRole(CASE_ROLES);
  const [{ caseId, referralId }, { taal }] = await Promise.all([params, searchParams]);
  const note = await getReferralNote(actor, referralId);
  if (!note || note.caseId !== caseId) notFound();
  // The note is for the client: in their language where we have it, else Dutch.
  const locale = isLocale(taal) ? taal : isLocale(note.client.preferredLanguage) ? note.client.preferredLanguage : "nl";
  const t = await getTranslations({ locale, namespace: "referralNote" });
  const staff = await getTranslations("referrals");
  const partner = note.partner;
  const extra = EXTRA_TO_BRING[partner.type];
  const longDay = (moment: Date) => formatInAmsterdam(moment, "EEEE d MMMM yyyy", locale);

  return (
    <>
      <style>{"@page { size: A4; margin: 18mm; }"}</style>
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("print")} />
        <nav aria-label={t("language")} className="flex gap-2">
          {LOCALES.map((option) => (
            <Link key={option} href={`?taal=${option}`} lang={option} aria-current={option === locale ? "true" : undefined} className="rounded px-2 py-1 underline aria-[current=true]:bg-brand-100 aria-[current=true]:font-semibold">
              {option === "nl" ? "Nederlands" : "English"}
            </Link>
          ))}
        </nav>
        <Link href={`/dossiers/${caseId}`} className="font-semibold text-brand-800 underline">
          {staff("backToDossier")}
        </Link>
      </div>
      <article lang={locale} className="mx-auto max-w-2xl rounded border-2 border-slate-800 p-6 text-lg leading-relaxed print:max-w-none print:border-0 print:p-0 print:text-base">
        <p className="text-base font-semibold text-brand-800 print:text-black">{note.organisation.name}</p>
        <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
        <p className="mb-4 font-medium">{t("forClient", { name: note.client.displayName })}</p>
        <p className="mb-4">{t("intro")}</p>
        <section aria-label={partner.name} className="mb-4 break-inside-avoid rounded border border-slate-400 p-4 print:border-black">
          <h2 className="mb-2 text-2xl font-bold">{partner.name}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {partner.address && (
              <>
                <dt className="font-semibold">{t("address")}</dt>
                <dd>{partner.address}</dd>
              </>
            )}
            {partner.phone && (
              <>
                <dt className="font-semibold">{t("phone")}</dt>
                <dd>{partner.phone}</dd>
              </>
            )}
            {partner.email && (
              <>
                <dt className="font-semibold">{t("email")}</dt>
                <dd className="break-all">{partner.email}</dd>
              </>
            )}
            {partner.website && (
              <>
                <dt className="font-semibold">{t("website")}</dt>
                <dd className="break-all">{partner.website}</dd>
              </>
            )}
            {partner.openingHours && (
              <>
                <dt className="font-semibold">{t("openingHours")}</dt>
                <dd>{partner.openingHours}</dd>
              </>
            )}
          </dl>
          {partner.inLibrary && <p className="mt-2">{t("inLibrary")}</p>}
        </section>
        {note.reason && (
          <>
            <h2 className="mb-1 text-xl font-bold">{t("why")}</h2>
            <p className="mb-4 whitespace-pre-wrap">{note.reason}</p>
          </>
        )}
        <p className="mb-4">{note.handover === "WARM" ? t("warm", { partner: partner.name }) : t("informationOnly", { partner: partner.name })}</p>
        <h2 className="mb-2 text-xl font-bold">{t("bring")}</h2>
        <ul className="mb-4 list-disc pl-6">
          <li>{t("bringNote")}</li>
          <li>{t("bringLetters")}</li>
          <li>{t("bringId")}</li>
          {extra && <li>{t(extra)}</li>}
        </ul>
        {note.followUpOn && <p className="mb-2">{t("followUp", { date: longDay(new Date(`${dayOfDateColumn(note.followUpOn)}T12:00:00Z`)) })}</p>}
        <p className="mb-4">{t("questions")}</p>
        <p className="text-base text-slate-700 print:text-black">{t("referredBy", { name: note.createdBy?.name ?? note.organisation.name, date: longDay(note.createdAt) })}</p>
      </article>
    </>
  );
}
