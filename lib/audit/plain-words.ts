// The "who looked at my file" report speaks to a client, not to an auditor: each audit action
// becomes a short phrase in plain words (the texts live in messages/<locale>/audit.json under
// accessReport.did.<phrase>). Several actions share a phrase: to a client, opening the dossier
// page and reading its referrals are both "looked at your file".
import type { AuditAccess } from "@/lib/generated/prisma/enums";

export const ACTION_PHRASES = {
  "case.read": "viewedFile",
  "visit.read": "viewedFile",
  "case.story_read": "viewedStory",
  "document.read": "viewedDocument",
  "referral.note_read": "viewedReferralNote",
  "visit.slip_view": "viewedSlip",
  "audit.client_report": "viewedReport",
  "client.create": "registered",
  "client.update": "correctedDetails",
  "client.merge": "mergedRecords",
  "visit.register_walk_in": "registeredVisit",
  "visit.book_appointment": "bookedAppointment",
  "visit.check_in": "checkedIn",
  "visit.start_conversation": "startedConversation",
  "visit.end_conversation": "endedConversation",
  "visit.no_show": "noShow",
  "visit.cancel": "cancelledVisit",
  "case.create": "openedFile",
  "case.quick_contact": "quickContact",
  "case.contact": "recordedContact",
  "case.link_visit": "linkedVisit",
  "case.promote": "openedFile",
  "case.status": "changedStatus",
  "case.close": "closedFile",
  "case.reopen": "reopenedFile",
  "case.assign": "assignedFile",
  "case.hand_over": "assignedFile",
  "case.share": "sharedFile",
  "case.note_add": "addedNote",
  "case.action_add": "addedAction",
  "case.domain_add": "changedDomains",
  "case.domain_remove": "changedDomains",
  "case.action_change": "changedAction",
  "case.action_remove": "removedAction",
  "document.upload": "addedDocument",
  "document.store": "addedDocument",
  "document.delete": "removedDocument",
  "letter.create": "wroteLetter",
  "deadline.create": "addedDeadline",
  "deadline.complete": "completedDeadline",
  "time.log": "loggedTime",
  "benefit.add": "addedBenefit",
  "benefit.remove": "removedBenefit",
  "referral.create": "referred",
  "referral.status": "updatedReferral",
  "referral.feedback_request": "feedbackRequested",
  "referral.feedback_given": "feedbackGiven",
  "consent.give": "consentGiven",
  "consent.withdraw": "consentWithdrawn",
  "aftercare.create": "addedAftercare",
  "aftercare.complete": "completedAftercare",
} as const satisfies Record<string, string>;

export type Phrase = (typeof ACTION_PHRASES)[keyof typeof ACTION_PHRASES] | "otherRead" | "otherWrite";

/** Every phrase, so a test can prove each one has a text in both languages. */
export const PHRASES: readonly Phrase[] = [
  ...new Set<Phrase>([...Object.values(ACTION_PHRASES), "otherRead", "otherWrite"]),
];

/** An action nobody mapped yet still reads as something true: "looked at" or "changed" your data. */
export function phraseOf(action: string, access: AuditAccess): Phrase {
  return (ACTION_PHRASES as Record<string, Phrase>)[action] ?? (access === "READ" ? "otherRead" : "otherWrite");
}

/**
 * The actions an admin can filter on: every action the app writes (also those that never
 * concern a client), in groups by their prefix. A test compares this list with the code.
 */
export const KNOWN_ACTIONS = [
  ...Object.keys(ACTION_PHRASES),
  "case.read_refused",
  "case.story_refused",
  "case.list",
  "visit.read_refused",
  "document.read_refused",
  "referral.note_read_refused",
  "audit.view",
  "audit.client_report_refused",
  "client.search",
  "auth.login",
  "auth.login_failed",
  "auth.locked",
  "auth.login_refused_inactive",
  "auth.login_refused_locked",
  "time.log_own",
  "time.correct",
  "hours_plan.set",
  "costRate.create",
  "partner.create",
  "partner.update",
  "partner.deactivate",
  "partner.reactivate",
  "partner.import",
  "partner.export",
  "consultation_hour.create",
  "consultation_hour.update",
  "session.generate",
  "session.add_extra",
  "session.cancel",
  "session.staff_add",
  "session.stand_in",
  "session.staff_remove",
  "report.hours_export",
  "report.monitoring_export",
  "report.national_export",
  "report.export",
  "onboarding.partnership_created",
  "organisation.update",
  "auth.invitation_accepted",
  "auth.password_reset",
  "auth.password_reset_requested",
  "user.invite",
  "user.reinvite",
  "user.update",
  "location.create",
  "location.update",
  "location.archive",
  "location.restore",
  "room.create",
  "room.update",
  "credential.record",
  "credential.remove",
].sort();
