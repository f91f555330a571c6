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

/** Two records of one person: the one to keep, and the one whose history moves into it. */
export const mergeClientsSchema = z
  .object({
    keepClientId: clientNumber,
    mergeClientId: clientNumber,
    confirmation: z
      .string({ error: CLIENT_MESSAGES.confirmationWrong })
      .trim()
      .refine((value) => value.toUpperCase() === MERGE_CONFIRMATION_WORD, CLIENT_MESSAGES.confirmationWrong),
  })
  .refine((input) => input.keepClientId !== input.mergeClientId, {
    path: ["mergeClientId"],
    message: CLIENT_MESSAGES.same,
  });
