import { useTranslations } from "@/lib/i18n/use-translations";
import { MailFeedbackForm } from "@/components/partner-links/mail-feedback-form";
import { IncomingReferralForm } from "./incoming-referral-form";
import { type PartnerChoice, ReferOutForm } from "./refer-out-form";
import { MarkFeedbackGivenButton, ReferralStatusButtons, RequestFeedbackForm } from "./referral-buttons";

type Status = "SENT" | "ACCEPTED" | "FINISHED" | "DID_NOT_ARRIVE";

export type OutgoingItem = {
  id: string;
  partnerName: string;
  reason: string | null;
  handover: "WARM" | "INFORMATION_ONLY" | null;
  status: Status | null;
  next: Status[];
  referredOn: string;
  referredBy: string | null;
  followUpOn: string | null;
  consent: { scope: string | null; givenOn: string } | null;
};

export type IncomingItem = {
  id: string;
  partnerName: string;
  referredOn: string;
  clientName: string;
  /** Referred through a partner's link by this worker: the feedback is written here and mailed to them. */
  referrer?: { name: string; email: string };
  feedback:
    | { state: "NONE" }
    | { state: "OWED"; consentOn: string }
    | { state: "GIVEN"; givenOn: string }
    | { state: "WITHDRAWN" };
};

/** Referrals in and out of one dossier; dates arrive formatted, the page decides the locale. */
export function ReferralsPanel({
  caseId,
  closed,
  outgoing,
  incoming,
  referred,
  partners,
  today,
  submissionId,
}: {
  caseId: string;
  closed: boolean;
  outgoing: OutgoingItem[];
  incoming: IncomingItem[];
  referred: boolean;
  partners: { suggested: PartnerChoice[]; others: PartnerChoice[] };
  today: string;
  /** The refer-out form's key: a double click refers once. */
  submissionId: string;
}) {
  const t = useTranslations("referrals");

  return (
    <div className="space-y-6">
      {referred && !closed && (
        <p className="rounded border border-brand-700 bg-brand-50 px-3 py-2">{t("referredHint")}</p>
      )}
      <div>
        <h3 className="mb-2 text-xl font-semibold">{t("outgoingTitle")}</h3>
        {outgoing.length === 0 ? (
          <p className="mb-4">{t("noOutgoing")}</p>
        ) : (
          <ul className="mb-4 space-y-3">
            {outgoing.map((referral) => (
              <li key={referral.id} className="rounded border border-slate-300 px-3 py-2">
                <p className="font-semibold">
                  {referral.partnerName}
                  {referral.handover && <span className="font-normal"> · {t(`handover.${referral.handover}`)}</span>}
                </p>
                {referral.status && (
                  <p>
                    {t("statusLabel")}: <span className="font-medium">{t(`status.${referral.status}`)}</span>
                  </p>
                )}
                {referral.reason && (
                  <p className="whitespace-pre-wrap">
                    {t("reason")}: {referral.reason}
                  </p>
                )}
                {referral.consent && (
                  <p className="text-sm">
                    {t("sharedConsent", { date: referral.consent.givenOn, scope: referral.consent.scope ?? "–" })}
                  </p>
                )}
                {referral.followUpOn && <p className="text-sm">{t("followUp", { date: referral.followUpOn })}</p>}
                <p className="text-sm text-slate-700">
                  {t("referredOn", { date: referral.referredOn, name: referral.referredBy ?? "–" })}
                </p>
                <a
                  href={`/dossiers/${encodeURIComponent(caseId)}/verwijzing/${encodeURIComponent(referral.id)}`}
                  aria-label={t("printNoteFor", { partner: referral.partnerName })}
                  className="mt-1 inline-block font-medium text-brand-800 underline hover:text-brand-700"
                >
                  {t("printNote")}
                </a>
                {referral.status && referral.next.length > 0 && (
                  <ReferralStatusButtons
                    referralId={referral.id}
                    from={referral.status}
                    next={referral.next.map((status) => ({
                      value: status,
                      label: t("setStatus", { status: t(`status.${status}`) }),
                    }))}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {!closed && (
          <ReferOutForm
            caseId={caseId}
            suggested={partners.suggested}
            others={partners.others}
            today={today}
            submissionId={submissionId}
          />
        )}
      </div>
      <div>
        <h3 className="mb-2 text-xl font-semibold">{t("incomingTitle")}</h3>
        {incoming.length === 0 ? (
          <p className="mb-4">{t("noIncoming")}</p>
        ) : (
          <ul className="mb-4 space-y-3">
            {incoming.map((referral) => (
              <li key={referral.id} className="rounded border border-slate-300 px-3 py-2">
                <p className="font-semibold">{referral.partnerName}</p>
                <p className="text-sm text-slate-700">{referral.referredOn}</p>
                {referral.feedback.state === "NONE" && (
                  <>
                    <p className="text-sm">{t("feedbackNone")}</p>
                    <RequestFeedbackForm referralId={referral.id} partnerName={referral.partnerName} />
                  </>
                )}
                {referral.feedback.state === "OWED" && (
                  <>
                    <p className="text-sm">{t("feedbackOwed", { date: referral.feedback.consentOn })}</p>
                    {referral.referrer ? (
                      <MailFeedbackForm
                        referralId={referral.id}
                        client={referral.clientName}
                        referrer={referral.referrer}
                      />
                    ) : (
                      <MarkFeedbackGivenButton
                        referralId={referral.id}
                        label={t("markGivenFor", { partner: referral.partnerName })}
                      />
                    )}
                  </>
                )}
                {referral.feedback.state === "GIVEN" && (
                  <p className="text-sm">{t("feedbackGiven", { date: referral.feedback.givenOn })}</p>
                )}
                {referral.feedback.state === "WITHDRAWN" && <p className="text-sm">{t("feedbackWithdrawn")}</p>}
              </li>
            ))}
          </ul>
        )}
        {!closed && (
          <IncomingReferralForm
            caseId={caseId}
            partners={[...partners.suggested, ...partners.others].sort((a, b) => a.name.localeCompare(b.name, "nl"))}
          />
        )}
      </div>
    </div>
  );
}
