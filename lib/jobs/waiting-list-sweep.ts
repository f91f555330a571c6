// The waiting list's sweep (lib/waiting-list/offers.ts) right after a change that freed or added a
// half hour, or changed who waits, so the first one waiting hears of it now rather than at the next
// five-minute job (scripts/reminders.ts), which stays the safety net.
//
// In the server action, after the answer (Next's after()), and not in the use case: the sweep
// mails the offers it makes, and a slow or unreachable mail server must not hold up the host's
// click or the client's cancellation, nor turn a committed change into an error. The use cases
// stay one transaction each. A sweep that fails or never runs (the process stops) costs only time.
import "server-only";
import { after } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { logError } from "@/lib/log-error";
import { offerFreedSlots, type SweepScope } from "@/lib/waiting-list/offers";

/** Sweeps `scope` once the answer is sent; the change that asks for it is committed by then. */
export function offerFreedSlotsAfterAnswer(scope: SweepScope): void {
  after(() =>
    offerFreedSlots(scope).then(
      () => undefined,
      (error: unknown) => logError("[wachtlijst] sweep after a change failed; the five-minute job sweeps again", error),
    ),
  );
}

/**
 * A staff change that may free or add half hours, or change who waits, without saying where (the
 * schedule, the desk's list), as formAction's afterSuccess: the caller's organisation's waiting
 * lists are swept; its few lists are a small sweep.
 */
export function sweepOrganisationAfterAnswer(_value: unknown, actor: Actor): void {
  offerFreedSlotsAfterAnswer({ organisationId: actor.organisationId });
}

/** A change that says which half hour it gave back (the desk's cancel or no-show), as formAction's afterSuccess. */
export function sweepFreedSlotAfterAnswer({ freed }: { freed: SweepScope | null }): void {
  if (freed?.slotId) offerFreedSlotsAfterAnswer(freed);
}
