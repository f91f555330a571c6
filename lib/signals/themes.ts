import type { SignalStatus, SignalTheme } from "@/lib/generated/prisma/enums";

/** In the order an advisor reads them: the most common first, "other" last. */
export const SIGNAL_THEMES = [
  "LETTER_UNCLEAR",
  "UNREACHABLE",
  "WRONG_OR_LATE_DECISION",
  "HARSH_RULE",
  "BENEFIT_NOT_TAKEN_UP",
  "REPAYMENT_OR_COLLECTION",
  "OTHER",
] as const satisfies readonly SignalTheme[];

/** A signal that is finished: no dossier joins it any more, nor is it raised or answered again. */
export const FINISHED_SIGNAL_STATUSES = ["RESOLVED", "CLOSED"] as const satisfies readonly SignalStatus[];

export function isFinishedSignal(status: SignalStatus): boolean {
  return (FINISHED_SIGNAL_STATUSES as readonly SignalStatus[]).includes(status);
}
