"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { updatePartnershipAction } from "@/app/(staff)/instellingen/actions";
import { TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

type Partnership = { name: string; municipality: string; libraryName: string | null; providerName: string | null };

/** The partnership's names as reports and letters print them. */
export function PartnershipForm({ partnership }: { partnership: Partnership }) {
  const t = useTranslations("settings");
  const id = useId();
  const form = useFormAction(updatePartnershipAction);
  const field = (name: keyof Partnership) => ({ id: `${id}-${name}`, ...form.field(name, partnership[name]) });
  return (
    <form {...form.props} className="max-w-3xl space-y-4" aria-describedby={form.error ? `${id}-alert` : undefined}>
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name")} label={t("name")} maxLength={120} />
        <TextField {...field("municipality")} label={t("municipality")} maxLength={120} />
        <TextField {...field("libraryName")} label={t("libraryName")} hint={t("optional")} maxLength={120} />
        <TextField {...field("providerName")} label={t("providerName")} hint={t("optional")} maxLength={120} />
      </div>
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {t("saved")}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending}>{t("save")}</SubmitButton>
    </form>
  );
}
