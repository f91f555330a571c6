"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { IntakeForm, type Option, type SessionOption } from "./intake-form";

/** The big "Nieuwe inloop" button and, once pressed, the intake form right below it. */
export function WalkInPanel(props: { categories: Option[]; referrers: Option[]; languages: readonly string[]; sessions: SessionOption[] }) {
  const t = useTranslations("intake");
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={t("walkInTitle")} className="mb-8">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="inloop-formulier"
        onClick={() => setOpen((value) => !value)}
        className="rounded bg-brand-700 px-6 py-4 text-xl font-bold text-white shadow hover:bg-brand-800"
      >
        {open ? t("close") : t("newWalkIn")}
      </button>
      {open && (
        <div id="inloop-formulier" className="mt-4 rounded border border-slate-300 p-4">
          <h2 className="mb-4 text-2xl font-semibold">{t("walkInTitle")}</h2>
          <IntakeForm mode="walkIn" {...props} />
        </div>
      )}
    </section>
  );
}
