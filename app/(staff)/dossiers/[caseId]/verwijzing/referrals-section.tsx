import { ReferralsPanel, type IncomingItem } from "@/components/referrals/referrals-panel";
import { requirePageRole } from "@/lib/auth/session";
import { amsterdamDay, dayOfDateColumn } from "@/lib/dates";
import { getStaffFormat } from "@/lib/format/server";
import { listPartnerChoices, listReferralsOfCase, referrerOf } from "@/lib/referrals/queries";
import { NEXT_STATUSES } from "@/lib/referrals/schema";
import { clock } from "@/lib/clock";
import { newSubmissionId } from "@/lib/form-state";
import { CASE_ROLES } from "@/lib/auth/policy";

type Incoming = NonNullable<Awaited<ReturnType<typeof listReferralsOfCase>>>["incoming"][number];

/**
 * The dossier page's referrals, loaded here so the page itself only places this section. It
 * authorises on its own: a server component can be rendered from elsewhere too.
 */
export async function ReferralsSection({ caseId, closed }: { caseId: string; closed: boolean }) {
  const actor = await requirePageRole(CASE_ROLES);
  const [referrals, partners] = await Promise.all([
    listReferralsOfCase(actor, caseId),
    listPartnerChoices(actor, caseId),
  ]);
  if (!referrals || !partners) return null;
  const { date, day: calendarDay } = await getStaffFormat();
  const day = (column: Date) => calendarDay(dayOfDateColumn(column), "d MMM yyyy");

  const feedback = (referral: Incoming): IncomingItem["feedback"] => {
    if (referral.feedbackGivenAt) return { state: "GIVEN", givenOn: date(referral.feedbackGivenAt) };
    if (!referral.feedbackRequested) return { state: "NONE" };
    const consent = referral.consent;
    if (consent?.purpose !== "REFERRER_FEEDBACK" || consent.withdrawnAt) return { state: "WITHDRAWN" };
    return { state: "OWED", consentOn: date(consent.givenAt) };
  };

  return (
    <ReferralsPanel
      caseId={caseId}
      closed={closed}
      referred={referrals.suggestedOutcome === "REFERRED"}
      today={amsterdamDay(clock.now())}
      submissionId={newSubmissionId()}
      partners={partners}
      outgoing={referrals.outgoing.map((referral) => ({
        id: referral.id,
        partnerName: referral.partner.name,
        reason: referral.reason,
        handover: referral.handover,
        status: referral.status,
        next: referral.status ? [...NEXT_STATUSES[referral.status]] : [],
        referredOn: date(referral.createdAt),
        referredBy: referral.createdBy?.name ?? null,
        followUpOn: referral.followUpOn && day(referral.followUpOn),
        consent: referral.consent && { scope: referral.consent.scope, givenOn: date(referral.consent.givenAt) },
      }))}
      incoming={referrals.incoming.map((referral) => ({
        id: referral.id,
        partnerName: referral.partner.name,
        referredOn: date(referral.createdAt),
        feedback: feedback(referral),
        clientName: referral.client.displayName,
        referrer: referrerOf(referral),
      }))}
    />
  );
}
