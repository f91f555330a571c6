"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Several hosts and advisors work on one desk: the page fetches the latest state every few
 * seconds while it is visible. Polling keeps the server stateless, so any instance can answer.
 */
export function AutoRefresh({ seconds = 5 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
