"use server";

import { assignDossier } from "@/lib/cases/coordinators-list";
import { reassignDossier } from "@/lib/cases/hand-over-dossier";
import { recordCredential, removeCredential } from "@/lib/credentials/record-credential";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts; the reports' home shows the warning count, so it is rendered anew too.
const SHOWN = { revalidate: ["/adviseurs", "/rapportages"] };

export const recordCredentialAction = formAction(recordCredential, SHOWN);
export const removeCredentialAction = formAction(removeCredential, SHOWN);
export const assignDossierAction = formAction(assignDossier, { revalidate: "/adviseurs" });
/** Back to the list the dossier left, which says so: the form was in the row that is gone. */
export const reassignDossierAction = formAction(reassignDossier, {
  revalidate: "/adviseurs",
  redirectTo: ({ fromAdvisorId }) => (fromAdvisorId ? `/adviseurs/${fromAdvisorId}?overgedragen=1` : "/adviseurs"),
});
