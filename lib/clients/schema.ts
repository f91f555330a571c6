import type { MessageKey } from "@/lib/i18n/message-key";
import { z } from "@/lib/zod";
import { MERGE_CONFIRMATION_WORD } from "./merge-confirmation";

export const CLIENT_MESSAGES = {
  notFound: "refusals.desk.clientNotFound",
  same: "refusals.clients.mergeSame",
  anonymised: "refusals.clients.mergeAnonymised",
  confirmationWrong: "refusals.clients.mergeConfirmationWrong",
} as const satisfies Record<string, MessageKey>;

const clientNumber = z
  .string({ error: "refusals.clients.chooseClient" })
  .trim()
  .min(1, "refusals.clients.chooseClient")
  .max(40, "refusals.clients.chooseClient");

const confirmationWord = z
  .string({ error: CLIENT_MESSAGES.confirmationWrong })
  .trim()
  .refine((value) => value.toUpperCase() === MERGE_CONFIRMATION_WORD, CLIENT_MESSAGES.confirmationWrong);

/** Two records of one person: the one to keep, and the one whose history moves into it. */
export const mergeClientsSchema = z
  .object({
    keepClientId: clientNumber,
    mergeClientId: clientNumber,
    confirmation: confirmationWord,
  })
  .refine((input) => input.keepClientId !== input.mergeClientId, {
    path: ["mergeClientId"],
    message: CLIENT_MESSAGES.same,
  });

/** From a dossier: the likely second record of its client, merged into that client. */
export const mergeDuplicateClientSchema = z.object({
  caseId: z
    .string({ error: "refusals.choose.case" })
    .trim()
    .min(1, "refusals.choose.case")
    .max(40, "refusals.choose.case"),
  mergeClientId: clientNumber,
  confirmation: confirmationWord,
});
