"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";

/** The link of a fresh invitation, shown once to copy; says whether it also went by mail. */
export function InvitationLink({
  heading,
  invitation,
  email,
}: {
  heading: string;
  invitation: { url: string; mailed: boolean };
  email: string;
}) {
  const t = useTranslations("people");
  const id = useId();
  return (
    <div className="space-y-2 rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
      {/* Announced is what happened; the link itself is a field to copy, not a message. */}
      <div role="status">
        <p className="font-semibold">{heading}</p>
        <p>{invitation.mailed ? t("mailed", { email }) : t("notMailed")}</p>
      </div>
      <label htmlFor={id} className="block font-medium">
        {t("linkLabel")}
      </label>
      <input
        id={id}
        readOnly
        value={invitation.url}
        onFocus={(event) => event.currentTarget.select()}
        className="block w-full rounded border border-slate-500 bg-white px-3 py-2 font-mono text-sm text-slate-900"
      />
    </div>
  );
}
