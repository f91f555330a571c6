"use server";

import { createPartnerLink, revokePartnerLink } from "@/lib/partner-links/manage";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: a partner's referral links, on the partner's page of the social map.

const SHOWN = { layout: "/sociale-kaart" };

export const createPartnerLinkAction = formAction(createPartnerLink, { revalidate: SHOWN });
export const revokePartnerLinkAction = formAction(revokePartnerLink, { revalidate: SHOWN });
