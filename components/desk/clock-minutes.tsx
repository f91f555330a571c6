"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";

/** How often the minutes on screen are brought up to date: they are never more than this late. */
const TICK_MS = 15_000;
/** Renders remembered (see firstSeen); a desk makes a few an hour, so this is hours of them. */
const REMEMBERED_RENDERS = 50;

/**
 * When this browser first showed each render of the desk, by the server's moment of that render.
 * Back and Forward show a render from the router's cache again, minutes later: it counts on from
 * when it was first shown, not from when it came back. Written in effects only, so never on the
 * server.
 */
const firstSeen = new Map<number, number>();
function firstSeenAt(renderedAt: number): number {
  let seenAt = firstSeen.get(renderedAt);
  if (seenAt === undefined) {
    seenAt = Date.now();
    firstSeen.set(renderedAt, seenAt);
    const oldest = firstSeen.keys().next().value;
    if (firstSeen.size > REMEMBERED_RENDERS && oldest !== undefined) firstSeen.delete(oldest);
  }
  return seenAt;
}

type Props = {
  message: "waiting" | "runningOver";
  /** How long past the moment that counts (the arrival, the end of the half hour) it was when the desk rendered. */
  pastMs: number;
  /** The server's moment of the render, which tells one render from another. */
  renderedAt: number;
  className?: string;
};

/**
 * Minutes that only the clock changes (how long someone has waited, how far a conversation runs
 * over), counted on in the browser from what the server rendered, so the desk need not render
 * again every minute for them (components/desk/auto-refresh.tsx). They count with the browser's
 * clock from when the render was first shown, never by comparing the two clocks, which may differ.
 */
export function ClockMinutes({ message, pastMs, renderedAt, className }: Props) {
  const t = useTranslations("deskClock");
  // The time counted on since the render that brought `pastMs`; a new render starts again.
  const [counted, setCounted] = useState({ pastMs, sinceRender: 0 });
  useEffect(() => {
    const seenAt = firstSeenAt(renderedAt);
    const count = () => setCounted({ pastMs, sinceRender: Date.now() - seenAt });
    // At once for a render shown again (Back), then every tick.
    const first = setTimeout(count, 0);
    const timer = setInterval(count, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [pastMs, renderedAt]);
  const past = counted.pastMs === pastMs ? pastMs + counted.sinceRender : pastMs;
  // Which render the minutes count from: a test tells a render shown again from a new one by it.
  const render = String(renderedAt);
  if (message === "runningOver") {
    const minutes = Math.ceil(past / 60_000);
    return minutes > 0 ? (
      <span className={className} data-render={render}>
        {t("runningOver", { minutes })}
      </span>
    ) : null;
  }
  return (
    <span className={className} data-render={render}>
      {t("waiting", { minutes: Math.max(0, Math.floor(past / 60_000)) })}
    </span>
  );
}
