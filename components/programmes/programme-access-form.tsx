"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setProgrammeAccessAction } from "@/app/(staff)/beheer/programmas/actions";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

type Props = { programmeId: string; name: string; granted: boolean };

/** Gives a programme access to the partnership's figures or takes it back; the page shows the new state after it. */
export function ProgrammeAccessForm({ programmeId, name, granted }: Props) {
  const t = useTranslations("programmeAccess");
  const form = useFormAction(setProgrammeAccessAction);
  const alertId = `programma-${programmeId}-alert`;
  // The answer names the change that was sent: by then the page shows the other button.
  const done =
    form.state.status === "ok" ? t(form.state.sent.change === "grant" ? "granted" : "revoked", { name }) : null;
  return (
    <form {...form.props} className="space-y-2" aria-describedby={form.error ? alertId : undefined}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="change" value={granted ? "revoke" : "grant"} />
      <FormAlert id={alertId} message={form.error} />
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending} variant={granted ? "danger" : "secondary"}>
        {granted ? t("revoke", { name }) : t("grant", { name })}
      </SubmitButton>
    </form>
  );
}
