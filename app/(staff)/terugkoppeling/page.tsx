import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server";
import { ClientTexts } from "@/components/client-texts";
import { DataTable } from "@/components/data-table";
import { MailFeedbackForm } from "@/components/partner-links/mail-feedback-form";
import { MarkFeedbackGivenButton } from "@/components/referrals/referral-buttons";
import { requirePageRole } from "@/lib/auth/session";
import { getStaffFormat } from "@/lib/format/server";
import { listFeedbackOwed } from "@/lib/referrals/queries";
import { FEEDBACK_ROLES } from "@/lib/auth/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedbackOwed"))("title") };
}

export default async function FeedbackOwedPage() {
  const actor = await requirePageRole(FEEDBACK_ROLES);
  const owed = await listFeedbackOwed(actor);
  const t = await getTranslations("feedbackOwed");
  const referrals = await getTranslations("referrals");
  const { day: calendarDay } = await getStaffFormat();
  const day = (value: string) => calendarDay(value, "d MMM yyyy");

  // Someone who advises and coordinates sees both parts, each under its own heading.
  const both = owed.own !== null && owed.perPartner !== null;
  return (
    <ClientTexts namespaces={["referrals", "partnerLinks"]}>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {owed.own && (
        <section aria-labelledby={both ? "feedback-own" : undefined} className="mb-8">
          {both && (
            <h2 id="feedback-own" className="mb-2 text-2xl font-semibold">
              {t("ownHeading")}
            </h2>
          )}
          <p className="mb-6 max-w-3xl text-slate-700">{t("advisorIntro")}</p>
          {owed.own.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable
              caption={both ? t("ownHeading") : t("title")}
              headers={[t("client"), t("partner"), t("referredOn"), t("consentOn"), t("action")]}
              rowKeys={owed.own.map((item) => item.referralId)}
              rows={owed.own.map((item) => [
                <Link key="client" href={`/dossiers/${item.caseId}`} className="text-brand-800 underline">
                  {item.clientName}
                </Link>,
                item.partnerName,
                day(item.referredOn),
                item.consentGivenOn ? day(item.consentGivenOn) : "–",
                // Referred through a partner's link: the feedback is written here and mailed to the worker.
                item.referrer ? (
                  <MailFeedbackForm
                    key="action"
                    referralId={item.referralId}
                    client={item.clientName}
                    referrer={item.referrer}
                  />
                ) : (
                  <MarkFeedbackGivenButton
                    key="action"
                    referralId={item.referralId}
                    label={referrals("markGivenFor", { partner: item.partnerName })}
                  />
                ),
              ])}
            />
          )}
        </section>
      )}
      {owed.perPartner && (
        <section aria-labelledby={both ? "feedback-per-partner" : undefined}>
          {both && (
            <h2 id="feedback-per-partner" className="mb-2 text-2xl font-semibold">
              {t("perPartnerHeading")}
            </h2>
          )}
          <p className="mb-6 max-w-3xl text-slate-700">{t("coordinatorIntro")}</p>
          {owed.perPartner.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable
              caption={both ? t("perPartnerHeading") : t("title")}
              headers={[t("partner"), t("count"), t("oldest")]}
              rows={owed.perPartner.map((partner) => [partner.partnerName, partner.count, day(partner.oldestOn)])}
            />
          )}
        </section>
      )}
    </ClientTexts>
  );
}
