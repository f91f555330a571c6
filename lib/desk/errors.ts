import type { MessageKey } from "@/lib/i18n/message-key";

/** Refusals the host can act on. */
export const DESK_MESSAGES = {
  sessionNotFound: "refusals.desk.sessionNotFound",
  sessionCancelled: "refusals.desk.sessionCancelled",
  sessionOver: "refusals.desk.sessionOver",
  slotNotFound: "refusals.desk.slotNotFound",
  slotPast: "refusals.desk.slotPast",
  slotTaken: "refusals.desk.slotTaken",
  noFreeSlot: "refusals.desk.noFreeSlot",
  clientNotFound: "refusals.desk.clientNotFound",
  categoryNotFound: "refusals.desk.categoryNotFound",
  partnerNotFound: "refusals.desk.partnerNotFound",
  visitNotFound: "refusals.desk.visitNotFound",
  appointmentInPast: "refusals.desk.appointmentInPast",
  advisorBusy: "refusals.desk.advisorBusy",
  dossierNotOpen: "refusals.desk.dossierNotOpen",
  slotNotForDossier: "refusals.desk.slotNotForDossier",
  noFreeSlotForDossier: "refusals.desk.noFreeSlotForDossier",
  likelyKnown: "refusals.desk.likelyKnown",
  confirmNewClient: "refusals.desk.confirmNewClient",
} as const satisfies Record<string, MessageKey>;
