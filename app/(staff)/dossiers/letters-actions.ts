"use server";

import { draftLetter } from "@/lib/letters/draft-letter";
import { letterInput } from "@/lib/letters/letter-form";
import { approveLetter, returnLetter, reviseLetter, setLetterReview } from "@/lib/letters/review";
import { saveLetter } from "@/lib/letters/save-letter";
import { formAction } from "@/lib/server-action";

// Made by lib/server-action.ts. A draft writes nothing, so no page changes.

export const draftLetterAction = formAction(draftLetter, { input: letterInput });
export const saveLetterAction = formAction(saveLetter, { input: letterInput, revalidate: "/dossiers" });

// A review changes the page of letters to review and the dossier's documents.
const REVIEWED = { revalidate: ["/te-beoordelen", "/dossiers"] };

export const approveLetterAction = formAction(approveLetter, REVIEWED);
export const returnLetterAction = formAction(returnLetter, REVIEWED);
export const reviseLetterAction = formAction(reviseLetter, REVIEWED);
export const setLetterReviewAction = formAction(setLetterReview, {
  input: { booleans: ["reviewVolunteerLetters"] },
  revalidate: "/instellingen",
});
