"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "@/lib/i18n/use-translations";

/** How often the minutes on screen are brought up to date: they are never more than this late. */
const TICK_MS = 15_000;

type Props = {
  message: "waiting" | "runningOver";
  /** How long past the moment that counts (the arrival, the end of the half hour) it was when the desk rendered. */
  pastMs: number;
  className?: string;
};

/**
 * Minutes that only the clock changes (how long someone has waited, how far a conversation runs
 * over), counted on in the browser from what the server rendered, so the desk need not render
 * again every minute for them (components/desk/auto-refresh.tsx). They count from the render, not
 * from the browser's clock, which may differ from the server's.
 */
export function ClockMinutes({ message, pastMs, className }: Props) {
  const t = useTranslations("deskClock");
  // The time counted on since the render that brought `pastMs`; a new render starts again.
  const [counted, setCounted] = useState({ pastMs, sinceRender: 0 });
  useEffect(() => {
    const renderedAt = Date.now();
    const timer = setInterval(() => setCounted({ pastMs, sinceRender: Date.now() - renderedAt }), TICK_MS);
    return () => clearInterval(timer);
  }, [pastMs]);
  const past = counted.pastMs === pastMs ? pastMs + counted.sinceRender : pastMs;
  if (message === "runningOver") {
    const minutes = Math.ceil(past / 60_000);
    return minutes > 0 ? <span className={className}>{t("runningOver", { minutes })}</span> : null;
  }
  return <span className={className}>{t("waiting", { minutes: Math.max(0, Math.floor(past / 60_000)) })}</span>;
}
