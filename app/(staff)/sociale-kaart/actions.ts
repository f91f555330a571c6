"use server";

import { createPartner } from "@/lib/partners/create-partner";
import { importPartners, previewPartnerImport } from "@/lib/partners/import-partners";
import { deactivatePartner, reactivatePartner } from "@/lib/partners/set-partner-active";
import { updatePartner } from "@/lib/partners/update-partner";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: each use case authorises, validates and answers in Dutch itself.
// The layout is rendered anew: the map and every partner's own page below it show the change.

const MAP = { revalidate: { layout: "/sociale-kaart" } };

/** The partner form: "in the library" is a box, the legal domains a group of boxes. */
const PARTNER_FORM = { ...MAP, input: { booleans: ["inLibrary"], lists: ["legalDomainIds"] } };

export const createPartnerAction = formAction(createPartner, PARTNER_FORM);
export const updatePartnerAction = formAction(updatePartner, PARTNER_FORM);
export const deactivatePartnerAction = formAction(deactivatePartner, MAP);
export const reactivatePartnerAction = formAction(reactivatePartner, MAP);
/** The upload posts multipart data, so the file travels as bytes; the preview writes nothing. */
export const previewPartnerImportAction = formAction(previewPartnerImport);
export const importPartnersAction = formAction(importPartners, MAP);
