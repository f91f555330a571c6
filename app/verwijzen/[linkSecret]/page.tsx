import type { Metadata } from "next";
import { PartnerReferralForm } from "@/components/partner-links/partner-referral-form";
import { listOpenSlots } from "@/lib/booking/queries";
import { slotDays } from "@/lib/booking/slot-days";
import { topicChoices } from "@/lib/booking/topic-choices";
import { newSubmissionId } from "@/lib/form-state";
import { findUsablePartnerLink } from "@/lib/partner-links/book-by-partner-link";
import { partnerReferralTranslator } from "@/lib/partner-links/texts";
import { publicTranslator } from "@/lib/public/locales";

type Props = PageProps<"/verwijzen/[linkSecret]">;

export async function generateMetadata(): Promise<Metadata> {
  // The link's secret is in the address: no search engine.
  return { title: partnerReferralTranslator()("metaTitle"), robots: { index: false, follow: false } };
}

/**
 * A partner's worker books a half hour for a client, in Dutch (partners are Dutch professionals).
 * A revoked or unknown link gets one answer, without saying which.
 */
export default async function PartnerReferralPage({ params }: Props) {
  const { linkSecret } = await params;
  const t = partnerReferralTranslator();
  const link = await findUsablePartnerLink(linkSecret);
  if (!link)
    return (
      <div lang="nl">
        <h1 className="mb-4 text-3xl font-bold text-brand-900">{t("unusableTitle")}</h1>
        <p>{t("unusableText")}</p>
      </div>
    );
  // The client texts' Dutch: the half hours and topics as the public booking form names them.
  const publicTexts = publicTranslator("nl");
  const days = slotDays(await listOpenSlots(link.location), "nl", publicTexts);

  return (
    <div lang="nl">
      <p className="font-semibold text-slate-700">{link.partner.name}</p>
      <h1 className="mb-4 text-3xl font-bold text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mb-8">{t("intro", { location: link.location.name })}</p>
      {days.length === 0 ? (
        <p>{t("noTimes")}</p>
      ) : (
        <PartnerReferralForm
          linkSecret={linkSecret}
          submissionId={newSubmissionId()}
          days={days}
          topics={topicChoices(publicTexts)}
          texts={{
            workerLegend: t("workerLegend"),
            workerName: t("workerName"),
            workerEmail: t("workerEmail"),
            workerEmailHint: t("workerEmailHint"),
            clientLegend: t("clientLegend"),
            client: {
              name: t("clientName"),
              nameHint: t("clientNameHint"),
              contactHint: t("contactHint"),
              phone: t("clientPhone"),
              email: t("clientEmail"),
            },
            question: t("question"),
            questionHint: t("questionHint"),
            topicLegend: t("topicLegend"),
            topicUnknown: t("topicUnknown"),
            timeLegend: t("timeLegend"),
            consentLegend: t("consentLegend"),
            bookingConsent: t("bookingConsent"),
            feedbackConsent: t("feedbackConsent"),
            trap: t("trap"),
            submit: t("submit"),
            submitting: t("submitting"),
            bookedHeading: t("bookedHeading"),
            bookedClientLink: t("bookedClientLink"),
            bookedClientLinkField: t("bookedClientLinkField"),
            bookedFeedback: t("bookedFeedback"),
            bookedNoFeedback: t("bookedNoFeedback"),
            bookAnother: t("bookAnother"),
          }}
        />
      )}
    </div>
  );
}
