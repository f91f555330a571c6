"use server";

import { draftLetter } from "@/lib/letters/draft-letter";
import { letterInput } from "@/lib/letters/letter-form";
import { saveLetter } from "@/lib/letters/save-letter";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts. A draft writes nothing, so no page changes.

export const draftLetterAction = formAction(draftLetter, { input: letterInput });
export const saveLetterAction = formAction(saveLetter, { input: letterInput, revalidate: "/dossiers" });
