"use client";

import { useEffect } from "react";

/**
 * Moves keyboard focus to the form section that just opened, so Tab continues inside it and a
 * screen reader announces its name. Without scripts the `#formulier` in the link does the same.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus({ preventScroll: false });
  }, [targetId]);
  return null;
}
