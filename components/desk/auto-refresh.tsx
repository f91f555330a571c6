"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/** A question that hangs is given up, so the next one (and the ten minutes' render) can go out. */
const QUESTION_TIMEOUT_MS = 10_000;
const HOLD_WHILE_FILLING_IN_MS = 2 * 60_000;
/** A render that has not finished by then is given up on: the next tick may ask for another. */
const RENDER_GIVE_UP_MS = 30_000;

/** A form on the page is being sent (components/use-form-action.tsx marks it busy). */
const isSending = () => document.querySelector('form[aria-busy="true"]') !== null;

/** The focus is in a form (the walk-in's fields, its topic, its button) or in any other field. */
const isFillingIn = () => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return false;
  return (
    focused.closest("form") !== null ||
    focused instanceof HTMLInputElement ||
    focused instanceof HTMLTextAreaElement ||
    focused instanceof HTMLSelectElement
  );
};

/**
 * Several hosts and advisors work on one desk, so a visible desk stays current by itself. Every
 * few seconds it asks the server for a fingerprint of the desk (GET /balie/stand, one small query)
 * and renders again only when it differs from the one the page was rendered with. The fingerprint
 * also changes when a half hour passes, and the minutes waited count on in the browser, so a quiet
 * desk is not rendered at all; every ten minutes it renders anyway, for an admin's edits elsewhere
 * (a category's name). The questions keep the session alive (proxy.ts).
 * Polling keeps the server stateless, so any instance can answer. A refused question (the session
 * ended) renders the page, which then shows the login. It waits while someone fills in a field.
 */
export function AutoRefresh({
  locationId,
  stand,
  seconds = 5,
  fullEverySeconds = 600,
}: {
  locationId?: string;
  stand?: string | null;
  seconds?: number;
  fullEverySeconds?: number;
}) {
  const router = useRouter();
  const [rendering, startRendering] = useTransition();
  // When the refresh under way started; null once it has rendered.
  const renderingSince = useRef<number | null>(null);
  useEffect(() => {
    if (!rendering) renderingSince.current = null;
  }, [rendering]);
  // The fingerprint of what is on screen: every render of the page brings the one it was read with.
  const shown = useRef(stand);
  useEffect(() => {
    shown.current = stand;
  }, [stand]);

  useEffect(() => {
    let renderedAt = Date.now();
    let asking = false;
    // An answer that arrives after the host went to another page must not refresh that page.
    const leaving = new AbortController();
    const refresh = () => {
      if (leaving.signal.aborted) return;
      // Someone filling in a form (a walk-in's name, a search, a topic) is not interrupted: a render
      // could move the page under their hands and their keyboard focus (a keyboard-only e2e lost
      // its place in the topic group to a render). The next tick asks again,
      // sending the form renders the desk anyway, and a field left alone holds it back two minutes
      // at most.
      if (isFillingIn() && Date.now() - renderedAt < HOLD_WHILE_FILLING_IN_MS) return;
      // One render at a time, and none while a form is sent: the form's answer renders the desk
      // anyway, and a refresh that overlaps an action shares its transition, so a render that
      // stalls (the router's, under load) held the form's answer back with it.
      // A render that never finishes does not stop the desk for good: after a while it asks again.
      const since = renderingSince.current;
      if ((since !== null && Date.now() - since < RENDER_GIVE_UP_MS) || isSending()) return;
      renderedAt = Date.now();
      renderingSince.current = renderedAt;
      startRendering(() => router.refresh());
    };
    const ask = async () => {
      if (document.visibilityState !== "visible") return;
      if (Date.now() - renderedAt >= fullEverySeconds * 1000) return refresh();
      if (!locationId || asking) return;
      asking = true;
      const question = new AbortController();
      const giveUp = setTimeout(() => question.abort(), QUESTION_TIMEOUT_MS);
      const stop = () => question.abort();
      leaving.signal.addEventListener("abort", stop);
      try {
        const response = await fetch(`/balie/stand?locatie=${encodeURIComponent(locationId)}`, {
          cache: "no-store",
          signal: question.signal,
        });
        if (!response.ok) return refresh();
        const answer = (await response.json()) as { stand: string };
        if (answer.stand !== shown.current) refresh();
      } catch {
        // Offline for a moment, too slow, or leaving the page: ask again at the next tick, if any.
      } finally {
        clearTimeout(giveUp);
        leaving.signal.removeEventListener("abort", stop);
        asking = false;
      }
    };
    const timer = setInterval(ask, seconds * 1000);
    return () => {
      leaving.abort();
      clearInterval(timer);
    };
  }, [router, locationId, seconds, fullEverySeconds]);
  return null;
}
