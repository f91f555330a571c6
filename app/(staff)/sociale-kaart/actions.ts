"use server";

import { createPartner } from "@/lib/partners/create-partner";
import { importPartners, previewPartnerImport } from "@/lib/partners/import-partners";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import type { FormState } from "@/lib/form-state";
import { chooseFormAction, formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.
// The layout is rendered anew: the map and every partner's own page below it show the change.

const MAP = { revalidate: { layout: "/sociale-kaart" } };

/** The partner form: "in the library" is a box, the legal domains a group of boxes. */
const PARTNER_FORM = { ...MAP, input: { booleans: ["inLibrary"], lists: ["legalDomainIds"] } };

export const createPartnerAction = formAction(createPartner, PARTNER_FORM);
export const updatePartnerAction = formAction(updatePartner, PARTNER_FORM);
const ACTIVE_SWITCH = {
  deactivate: formAction(deactivatePartner, MAP),
  reactivate: formAction(reactivatePartner, MAP),
};
/** Off the map or back on it: the posted `change` says which. */
export async function setPartnerActiveAction(previous: FormState, form: FormData) {
  return chooseFormAction(ACTIVE_SWITCH, "change", previous, form);
}
/** The upload posts multipart data, so the file travels as bytes; the preview writes nothing. */
export const previewPartnerImportAction = formAction(previewPartnerImport);
export const importPartnersAction = formAction(importPartners, MAP);
