"use server";

import { addCaseNote } from "@/lib/cases/add-case-note";
import { mergeDuplicateClient } from "@/lib/clients/merge-clients";
import { changeCaseAction, recordCaseAction, removeCaseAction } from "@/lib/cases/case-actions";
import { addCaseLegalDomain, removeCaseLegalDomain } from "@/lib/cases/case-legal-domains";
import { setCaseOtherParty } from "@/lib/cases/case-other-party";
import { closeCase } from "@/lib/cases/close-case";
import { correctClientDetails } from "@/lib/cases/correct-client-details";
import { editCaseNote } from "@/lib/cases/edit-case-note";
import { editCaseQuestion } from "@/lib/cases/edit-case-question";
import { handOverDossier } from "@/lib/cases/hand-over-dossier";
import { linkVisitToDossier } from "@/lib/cases/link-visit-to-dossier";
import { logQuickContact } from "@/lib/cases/log-quick-contact";
import { openDossier } from "@/lib/cases/open-dossier";
import { promoteToDossier } from "@/lib/cases/promote-to-dossier";
import { recordDossierContact } from "@/lib/cases/record-dossier-contact";
import { reopenCase } from "@/lib/cases/reopen-case";
import { setCaseWaiting } from "@/lib/cases/set-case-waiting";
import { addFreeDeadline, addObjectionDeadline, completeDeadline } from "@/lib/deadlines/add-deadline";
import { formAction } from "@/lib/server-action";
import { logCaseTime } from "@/lib/time/log-case-time";
import { sweepOrganisationAfterAnswer } from "@/lib/jobs/waiting-list-sweep";

// Made by lib/server-action.ts: the posted fields go to the use case, its result comes back as the form's state.

const DOSSIERS = { revalidate: "/dossiers" };

/** Opening a dossier leads to it, with scripts or without. */
export const openDossierAction = formAction(openDossier, {
  input: { booleans: ["consent"] },
  revalidate: "/dossiers",
  redirectTo: ({ caseId }) => `/dossiers/${caseId}`,
});
/** A return visit added to the client's open dossier leads to it. */
export const linkVisitToDossierAction = formAction(linkVisitToDossier, {
  revalidate: ["/dossiers", "/balie"],
  redirectTo: ({ caseId }) => `/dossiers/${caseId}`,
});
export const addCaseNoteAction = formAction(addCaseNote, DOSSIERS);
export const editCaseNoteAction = formAction(editCaseNote, DOSSIERS);
export const editCaseQuestionAction = formAction(editCaseQuestion, DOSSIERS);
/**
 * Closing and reopening lead back to the dossier with a word that they happened: the form they
 * were in is no longer offered, and without the word the change would pass unannounced.
 */
export const closeCaseAction = formAction(closeCase, {
  ...DOSSIERS,
  redirectTo: ({ caseId }) => `/dossiers/${caseId}?gesloten=1`,
});
export const reopenCaseAction = formAction(reopenCase, {
  ...DOSSIERS,
  redirectTo: ({ caseId }) => `/dossiers/${caseId}?heropend=1`,
});
/** A dossier handed to a colleague leaves its former advisor's view, unless they still read it (a supervisor); either page says so. */
export const handOverDossierAction = formAction(handOverDossier, {
  revalidate: ["/dossiers", "/adviseurs"],
  redirectTo: ({ caseId, stillReadable }) =>
    stillReadable ? `/dossiers/${caseId}?overgedragen=1` : "/dossiers?overgedragen=1",
});
/**
 * A likely second record of the dossier's client, merged into it by a professional. A merge may
 * let a half hour offered to the client go (lib/waiting-list/close-places.ts): the lists are swept.
 */
export const mergeDuplicateClientAction = formAction(mergeDuplicateClient, {
  revalidate: "/dossiers",
  afterSuccess: sweepOrganisationAfterAnswer,
  redirectTo: ({ caseId }) => `/dossiers/${caseId}?samengevoegd=1`,
});
export const correctClientDetailsAction = formAction(correctClientDetails, {
  input: { booleans: ["needsInterpreter"] },
  revalidate: "/dossiers",
});
export const addObjectionDeadlineAction = formAction(addObjectionDeadline, DOSSIERS);
export const addFreeDeadlineAction = formAction(addFreeDeadline, DOSSIERS);
export const completeDeadlineAction = formAction(completeDeadline, DOSSIERS);
export const logCaseTimeAction = formAction(logCaseTime, DOSSIERS);
export const recordCaseActionAction = formAction(recordCaseAction, DOSSIERS);
export const changeCaseActionAction = formAction(changeCaseAction, DOSSIERS);
export const removeCaseActionAction = formAction(removeCaseAction, DOSSIERS);
export const recordDossierContactAction = formAction(recordDossierContact, DOSSIERS);
export const addCaseLegalDomainAction = formAction(addCaseLegalDomain, DOSSIERS);
export const removeCaseLegalDomainAction = formAction(removeCaseLegalDomain, DOSSIERS);
export const setCaseOtherPartyAction = formAction(setCaseOtherParty, DOSSIERS);
/** A quick contact is logged from the desk's list of visits, and leads back to it. */
export const logQuickContactAction = formAction(logQuickContact, {
  input: { lists: ["actions"] },
  revalidate: "/balie",
  redirectTo: "/balie",
});
export const promoteToDossierAction = formAction(promoteToDossier, {
  input: { booleans: ["consent"] },
  revalidate: "/dossiers",
});
export const setCaseWaitingAction = formAction(setCaseWaiting, {
  input: { booleans: ["waiting"] },
  revalidate: "/dossiers",
});
