"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { IntakeForm, type Option, type SessionOption } from "./intake-form";

type Props = {
  categories: Option[];
  referrers: Option[];
  languages: readonly string[];
  channels: readonly string[];
  sessions: SessionOption[];
  submissionId: string;
  /** The location on screen, kept when the panel is opened without scripts. */
  locationId?: string;
  /** Open from the start: the address asked for it (?inloop), as the button does without scripts. */
  defaultOpen: boolean;
};

/**
 * The big "Nieuwe inloop" button and, once pressed, the intake form right below it. Before the
 * scripts run the button asks the page for itself with the panel open (a GET of ?inloop, nothing
 * personal in it); the intake form then posts to that address and comes back open with the answer.
 */
export function WalkInPanel({ locationId, defaultOpen, ...props }: Props) {
  const t = useTranslations("intake");
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section aria-label={t("walkInTitle")} className="mb-8">
      <form method="get" action="/balie">
        {locationId && <input type="hidden" name="locatie" value={locationId} />}
        <input type="hidden" name="inloop" value="1" />
        <button
          type="submit"
          aria-expanded={open}
          aria-controls="inloop-formulier"
          onClick={(event) => {
            event.preventDefault();
            setOpen((value) => !value);
          }}
          className="rounded bg-brand-700 px-6 py-4 text-xl font-bold text-white shadow hover:bg-brand-800"
        >
          {open ? t("close") : t("newWalkIn")}
        </button>
      </form>
      {open && (
        <div id="inloop-formulier" className="mt-4 rounded border border-slate-300 p-4">
          <h2 className="mb-4 text-2xl font-semibold">{t("walkInTitle")}</h2>
          <IntakeForm mode="walkIn" {...props} />
        </div>
      )}
    </section>
  );
}
