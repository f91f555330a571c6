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
import { currentActor } from "@/lib/auth/session";
import type { ServerFormAction } from "@/lib/server-action";
import { offerFreedSlots, type SweepScope } from "@/lib/waiting-list/offers";

/** Sweeps `scope` once the answer is sent; the change that asks for it is committed by then. */
export function offerFreedSlotsAfterAnswer(scope: SweepScope): void {
  after(() =>
    offerFreedSlots(scope).then(
      () => undefined,
      // The error's text may name a client or a mail address: only that it failed.
      () => console.error("[wachtlijst] sweep after a change failed; the five-minute job sweeps again"),
    ),
  );
}

/**
 * A staff form action (lib/server-action.ts) whose change may free or add a half hour, or change
 * who waits: after a success, the waiting lists of the caller's organisation are swept. Its use
 * case does not say which location it touched; the organisation's few lists are a small sweep.
 * Only for an action without redirectTo: a redirect is thrown before a success returns here.
 */
export function sweepingWaitingListsAfter<T>(action: ServerFormAction<T>): ServerFormAction<T> {
  return async (previous, form) => {
    const state = await action(previous, form);
    if (state.status === "ok") {
      const actor = await currentActor();
      if (actor) offerFreedSlotsAfterAnswer({ organisationId: actor.organisationId });
    }
    return state;
  };
}
