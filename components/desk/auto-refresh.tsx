"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Several hosts and advisors work on one desk, so a visible desk stays current by itself. Every
 * few seconds it asks the server for a fingerprint of the desk (GET /balie/stand, one small query)
 * and renders again only when that changed; once a minute it renders again anyway, for what only
 * the clock changes (minutes waited, a half hour that has passed). Polling keeps the server
 * stateless, so any instance can answer. A refused question (the session ended) renders the
 * page, which then shows the login.
 */
export function AutoRefresh({ locationId, seconds = 5, fullEverySeconds = 60 }: { locationId?: string; seconds?: number; fullEverySeconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    let known: string | null = null;
    let renderedAt = Date.now();
    let asking = false;
    // An answer that arrives after the host went to another page must not refresh that page.
    const leaving = new AbortController();
    const refresh = () => {
      if (leaving.signal.aborted) return;
      renderedAt = Date.now();
      router.refresh();
    };
    const ask = async () => {
      if (document.visibilityState !== "visible" || asking) return;
      if (Date.now() - renderedAt >= fullEverySeconds * 1000) return refresh();
      if (!locationId) return;
      asking = true;
      try {
        const response = await fetch(`/balie/stand?locatie=${encodeURIComponent(locationId)}`, { cache: "no-store", signal: leaving.signal });
        if (!response.ok) return refresh();
        const { stand } = (await response.json()) as { stand: string };
        if (known !== null && stand !== known) refresh();
        known = stand;
      } catch {
        // Offline for a moment, or leaving the page: ask again at the next tick, if any.
      } finally {
        asking = false;
      }
    };
    // The first answer right away, so a change made while the page loaded is not missed.
    void ask();
    const timer = setInterval(ask, seconds * 1000);
    return () => {
      leaving.abort();
      clearInterval(timer);
    };
  }, [router, locationId, seconds, fullEverySeconds]);
  return null;
}
