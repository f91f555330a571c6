"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setPartnerActiveAction } from "@/app/(staff)/sociale-kaart/actions";
import { SubmitButton } from "@/components/form/submit-button";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";

type Props = {
  partnerId: string;
  active: boolean;
};

/** Takes a partner off the map or brings it back; the page shows the new state after it. */
export function PartnerActiveForm({ partnerId, active }: Props) {
  const t = useTranslations("socialMap");
  const form = useFormAction(setPartnerActiveAction);
  const error = form.error;
  // The answer names the change that was sent: by then the page shows the other button.
  const done =
    form.state.status === "ok" ? (form.state.sent.change === "deactivate" ? t("deactivated") : t("reactivated")) : null;

  return (
    <form {...form.props} className="space-y-3" aria-describedby={error ? "partner-active-alert" : undefined}>
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="change" value={active ? "deactivate" : "reactivate"} />
      <p>{active ? t("activeIntro") : t("inactiveIntro")}</p>
      <FormAlert id="partner-active-alert" message={error} />
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {done}
          </p>
        )}
      </div>
      <SubmitButton pending={form.pending} variant={active ? "danger" : "secondary"}>
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </form>
  );
}
