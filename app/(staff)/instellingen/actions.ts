"use server";

import { updatePartnership } from "@/lib/organisations/update-partnership";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts: the use case authorises (admin, own organisation), validates and answers.
export const updatePartnershipAction = formAction(updatePartnership, { revalidate: { layout: "/" } });
