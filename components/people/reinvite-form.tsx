"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { reissueInvitationAction } from "@/app/(staff)/beheer/gebruikers/actions";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { InvitationLink } from "./invitation-link";

export function ReinviteForm({ userId, name, email }: { userId: string; name: string; email: string }) {
  const t = useTranslations("people");
  const form = useFormAction(reissueInvitationAction);
  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <p>{t("reinviteIntro", { name })}</p>
      <FormAlert id="reinvite-alert" message={form.error} />
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <InvitationLink heading={t("invited", { name })} invitation={form.state.value.invitation} email={email} />
        )}
      </div>
      <SubmitButton pending={form.pending} variant="secondary">
        {t("reinvite")}
      </SubmitButton>
    </form>
  );
}
